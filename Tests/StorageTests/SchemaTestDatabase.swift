#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Storage
import StorageSeeding
import TestSupport

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
    static func temporaryFolder() throws -> TemporaryFolder { try TemporaryFolder(prefix: "raidbot-schema") }

    /// A migrated, empty database in `folder`.
    static func open(in folder: TemporaryFolder, readers: Int = 2) throws -> Database {
        let configuration = DatabaseConfiguration(
            path: folder.path + "/raidbot.sqlite", readerCount: readers, synchronous: .normal)
        return try Database(configuration: configuration, migrations: migrations(), now: { SeedShape.now })
    }
}
