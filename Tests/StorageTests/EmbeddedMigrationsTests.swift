import Foundation
import Storage
import Testing

@Suite("Embedded migrations")
struct EmbeddedMigrationsTests {
    /// The repository's schema/ folder, found from this file's location.
    static let schemaFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schema")

    @Test("the migrations built into the binary are byte-for-byte the files in schema/")
    func embeddedCopyEqualsSchemaFolder() throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.schemaFolder.path)) ?? []
        let onDisk = try names.filter { $0.hasSuffix(".sql") }.sorted().map { name in
            let data = try Data(contentsOf: Self.schemaFolder.appendingPathComponent(name))
            return try Migration(fileName: name, sql: String(decoding: data, as: UTF8.self))
        }
        let embedded = try Migration.bundled.sorted { $0.fileName < $1.fileName }
        #expect(embedded.map(\.fileName) == onDisk.map(\.fileName))
        #expect(embedded.map(\.checksum) == onDisk.map(\.checksum))
    }

    @Test("the bundled migrations form a valid list and apply to a fresh database")
    func bundledMigrationsApply() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open(migrations: try Migration.bundled)
        #expect(try await database.integrityCheck().isEmpty)
        await database.close()
    }
}
