import Foundation
import Storage

/// One seeded, ANALYZEd database shared by the plan tests of a test process. Plan tests only read
/// it (EXPLAIN QUERY PLAN on reader connections), so sharing it costs no isolation and saves
/// seeding it once per test.
public actor SeededPlanDatabase {
    /// The process-wide instance.
    public static let shared = SeededPlanDatabase()
    private var database: Database?
    private var isSeeding = false
    private var waiters: [CheckedContinuation<Database, any Error>] = []

    /// The seeded database, created and seeded on first use; concurrent callers wait for it.
    public func get() async throws -> Database {
        if let database { return database }
        if isSeeding { return try await withCheckedThrowingContinuation { waiters.append($0) } }
        isSeeding = true
        do {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("raidbot-plans-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let opened = try Database(configuration: DatabaseConfiguration(
                path: folder.appendingPathComponent("raidbot.sqlite").path, readerCount: 2, synchronous: .normal),
                migrations: Migration.bundled, now: { SeedShape.now })
            try await Self.seed(opened, .planTest)
            database = opened
            resumeWaiters(with: .success(opened))
            return opened
        } catch {
            isSeeding = false
            resumeWaiters(with: .failure(error))
            throw error
        }
    }

    /// Seeds `database` with `shape` and refreshes the planner statistics.
    public static func seed(_ database: Database, _ shape: SeedShape) async throws {
        for step in Seeder.steps(shape) {
            try await database.write { try step.run($0) }
        }
        try await database.write { try Seeder.analyze.run($0) }
    }

    /// The `detail` column of `EXPLAIN QUERY PLAN sql`, one line per plan node.
    public static func plan(_ sql: String, _ arguments: [DatabaseValue], on connection: Connection) throws -> [String] {
        try connection.fetchAll("EXPLAIN QUERY PLAN " + sql, arguments: arguments) { try $0.get(3, as: String.self) }
    }

    /// Why the plan of `sql` fails to search `table` with one of `indexes` or scans a table; nil when it is right.
    public func planProblem(_ name: String, sql: String, arguments: [DatabaseValue], table: String,
                            indexes: [String]) async throws -> String? {
        let plan = try await get().read { try Self.plan(sql, arguments, on: $0) }
        let search = plan.first { line in line.hasPrefix("SEARCH ") && indexes.contains { line.contains(" \($0) (") } }
        guard let search else { return "plan of \(name) searches none of \(indexes): \(plan)" }
        if search.contains(" PRIMARY KEY ("), !search.hasPrefix("SEARCH \(table) ") {
            return "plan of \(name) searches the wrong table: \(plan)"
        }
        let scans = plan.filter { $0.hasPrefix("SCAN ") && $0 != "SCAN CONSTANT ROW" }
        return scans.isEmpty ? nil : "plan of \(name) scans: \(plan)"
    }

    private func resumeWaiters(with result: Result<Database, any Error>) {
        let waiting = waiters
        waiters = []
        for waiter in waiting { waiter.resume(with: result) }
    }
}
