import Foundation
import Storage

/// A fresh folder under the system's temporary directory, removed by the test that made it.
public struct TemporaryFolder: Sendable {
    /// The folder's absolute path.
    public let path: String

    /// Creates `<tmp>/<prefix>-<uuid>`.
    public init(prefix: String = "raidbot-test") throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Deletes the folder and everything in it.
    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// A real SQLite file with the bundled migrations, in its own temporary folder: the one way tests
/// open a database (never a mock).
public struct TemporaryDatabase: Sendable {
    /// Where the file lives.
    public let folder: TemporaryFolder
    /// The open database.
    public let database: Database

    /// Opens `raidbot.sqlite` in a new folder with `migrations` (default: the bundled schema).
    public init(prefix: String = "raidbot-db", migrations: [Migration]? = nil, readerCount: Int = 2,
                synchronous: DatabaseConfiguration.Synchronous = .normal) throws {
        folder = try TemporaryFolder(prefix: prefix)
        database = try Database(configuration: DatabaseConfiguration(path: "\(folder.path)/raidbot.sqlite",
                                                                     readerCount: readerCount, synchronous: synchronous),
                                migrations: try migrations ?? Migration.bundled)
    }

    /// Closes the database and removes its folder.
    public func remove() async {
        await database.close()
        folder.remove()
    }

    /// The integer the query returns (-1 when it returns nothing).
    public func count(_ sql: String) async throws -> Int {
        try await database.read { try $0.fetchValue(sql, as: Int.self) ?? -1 }
    }
}
