#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Storage

/// Opens real SQLite files migrated with the repository's `schema/` files, each in its own
/// temporary folder, for the schema and plan tests.
enum SchemaTestDatabase {
    /// The repository's `schema/` folder, found from this source file's location.
    static var schemaFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("schema")
    }

    /// The migrations in `schema/`, in file-name order.
    static func migrations() throws -> [Migration] {
        let names = try FileManager.default.contentsOfDirectory(atPath: schemaFolder.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: schemaFolder.appendingPathComponent(name))
            return try Migration(fileName: name, sql: String(decoding: data, as: UTF8.self))
        }
    }

    /// A fresh temporary folder; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("raidbot-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A migrated, empty database in `folder`.
    static func open(in folder: URL, readers: Int = 2) throws -> Database {
        let configuration = DatabaseConfiguration(
            path: folder.appendingPathComponent("raidbot.sqlite").path, readerCount: readers, synchronous: .normal)
        return try Database(configuration: configuration, migrations: migrations(), now: { SeedShape.now })
    }

    /// Seeds `database` with `shape` and refreshes the planner statistics.
    static func seed(_ database: Database, _ shape: SeedShape) async throws {
        for step in Seeder.steps(shape) {
            try await database.write { try step.run($0) }
        }
        try await database.write { try Seeder.analyze.run($0) }
    }

    /// The `detail` column of `EXPLAIN QUERY PLAN sql`, one line per plan node.
    static func plan(_ sql: String, _ arguments: [DatabaseValue], on connection: Connection) throws -> [String] {
        try connection.fetchAll("EXPLAIN QUERY PLAN " + sql, arguments: arguments) { try $0.get(3, as: String.self) }
    }
}

/// One seeded, ANALYZEd database shared by the plan tests of this process. The plan tests only
/// read it (EXPLAIN QUERY PLAN on reader connections), so sharing it costs no isolation and saves
/// seeding it once per test.
actor SeededPlanDatabase {
    /// The process-wide instance.
    static let shared = SeededPlanDatabase()
    private var database: Database?
    private var isSeeding = false
    private var waiters: [CheckedContinuation<Database, any Error>] = []

    /// The seeded database, created and seeded on first use; concurrent callers wait for it.
    func get() async throws -> Database {
        if let database { return database }
        if isSeeding { return try await withCheckedThrowingContinuation { waiters.append($0) } }
        isSeeding = true
        do {
            let opened = try SchemaTestDatabase.open(in: SchemaTestDatabase.temporaryFolder())
            try await SchemaTestDatabase.seed(opened, .planTest)
            database = opened
            resumeWaiters(with: .success(opened))
            return opened
        } catch {
            isSeeding = false
            resumeWaiters(with: .failure(error))
            throw error
        }
    }

    private func resumeWaiters(with result: Result<Database, any Error>) {
        let waiting = waiters
        waiters = []
        for waiter in waiting { waiter.resume(with: result) }
    }
}
