import Foundation
import Storage
import Testing

@Suite("Connections and files")
struct ConnectionTests {
    static let valuesMigration = try! Migration(fileName: "0001_values.sql", sql: """
        CREATE TABLE sample (
            id INTEGER PRIMARY KEY, snowflake INTEGER NOT NULL, flag INTEGER NOT NULL CHECK (flag IN (0, 1)),
            ratio REAL NOT NULL, name TEXT NOT NULL, bytes BLOB NOT NULL, note TEXT
        ) STRICT;
        """)

    @Test("typed values bind and read back exactly, including snowflakes, booleans, blobs and NULL")
    func typedRoundTrip() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open(migrations: [Self.valuesMigration])
        let snowflake: UInt64 = 1_180_000_000_000_000_123
        let note: String? = nil
        try await database.write { db in
            try db.execute(
                "INSERT INTO sample VALUES (?, ?, ?, ?, ?, ?, ?)", 1, snowflake, true, 0.25, "Oryx 🐍 \"x\"", [UInt8]([0, 255, 7]), note)
        }
        let row = try await database.read { db in
            try db.fetchOne("SELECT snowflake, flag, ratio, name, bytes, note FROM sample WHERE id = ?", 1) { row in
                (try row.get(0, as: UInt64.self), try row.get(1, as: Bool.self), try row.get(2, as: Double.self),
                 try row.get(3, as: String.self), try row.get(4, as: [UInt8].self), try row.get(5, as: String?.self))
            }
        }
        #expect(row?.0 == snowflake)
        #expect(row?.1 == true)
        #expect(row?.2 == 0.25)
        #expect(row?.3 == "Oryx 🐍 \"x\"")
        #expect(row?.4 == [0, 255, 7])
        #expect(row?.5 == .some(nil))
        let missing = try await database.read { try $0.fetchOne("SELECT id FROM sample WHERE id = ?", 99) { try $0.get(0, as: Int.self) } }
        #expect(missing == nil)
        await database.close()
    }

    @Test("reading a column as the wrong type throws typeMismatch naming the column")
    func typeMismatch() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        let error = await #expect(throws: StorageError.self) {
            try await database.read { try $0.fetchValue("SELECT 'text' AS label", as: Int.self) }
        }
        #expect(error?.code == .typeMismatch)
        #expect(error?.message.contains("label") == true)
        await database.close()
    }

    @Test("a wrong argument count is an error, not a silent NULL")
    func argumentCountIsChecked() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        await #expect(throws: StorageError.self) {
            try await database.write { try $0.execute("INSERT INTO item VALUES (?, ?)", 1) }
        }
        await database.close()
    }

    @Test("the database folder is 0700 and the database, WAL and shm files are 0600")
    func ownerOnlyPermissions() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        try await database.write { try $0.execute("INSERT INTO item VALUES (1, 'x')") }
        let path = store.databasePath
        func mode(_ path: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
        }
        #expect(try mode(URL(fileURLWithPath: path).deletingLastPathComponent().path) == 0o700)
        #expect(try mode(path) == 0o600)
        #expect(try mode(path + "-wal") == 0o600)
        #expect(try mode(path + "-shm") == 0o600)
        await database.close()
    }

    @Test("close checkpoints the WAL and truncates it to zero bytes")
    func closeCheckpoints() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        try await database.write { db in
            for id in 1...200 { try db.execute("INSERT INTO item VALUES (?, ?)", id, String(repeating: "y", count: 100)) }
        }
        let walBefore = try FileManager.default.attributesOfItem(atPath: store.databasePath + "-wal")[.size] as? Int
        #expect((walBefore ?? 0) > 0)
        await database.close()
        let walAfter = (try? FileManager.default.attributesOfItem(atPath: store.databasePath + "-wal")[.size] as? Int) ?? 0
        #expect(walAfter == 0)
    }

    @Test("the pragmas are in force: WAL, foreign keys on, synchronous per configuration")
    func pragmasApplied() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open(synchronous: .normal)
        let (mode, foreignKeys) = try await database.read { db in
            (try db.fetchValue("PRAGMA journal_mode", as: String.self), try db.fetchValue("PRAGMA foreign_keys", as: Int.self))
        }
        let synchronous = try await database.write { try $0.fetchValue("PRAGMA synchronous", as: Int.self) }
        #expect(mode == "wal")
        #expect(foreignKeys == 1)
        #expect(synchronous == 1)  // NORMAL
        await database.close()
    }

    @Test("a new file gets the configured page size; an existing one keeps its own")
    func pageSizeOnlyForNewFiles() async throws {
        let store = try TestStore()
        defer { store.remove() }
        func open(_ pageSize: Int) throws -> Database {
            try Database(configuration: DatabaseConfiguration(path: store.databasePath, readerCount: 1, pageSize: pageSize),
                         migrations: [TestStore.itemsMigration])
        }
        let created = try open(2048)
        #expect(try await created.read { try $0.fetchValue("PRAGMA page_size", as: Int.self) } == 2048)
        await created.close()
        let reopened = try open(4096)
        #expect(try await reopened.read { try $0.fetchValue("PRAGMA page_size", as: Int.self) } == 2048)
        #expect(DatabaseConfiguration().pageSize == DatabaseConfiguration.defaultPageSize)
        await reopened.close()
    }
}

@Suite("Lifecycle")
struct LifecycleTests {
    @Test("a database dropped without close still checkpoints and releases its file")
    func droppedDatabaseShutsDown() async throws {
        let store = try TestStore()
        defer { store.remove() }
        do {
            let database = try store.open()
            try await database.write { try $0.execute("INSERT INTO item VALUES (1, 'kept')") }
        }
        // The threads checkpoint and close their connections on their way out; the last close removes
        // the WAL file. Waiting for it to be gone (not merely empty) means no connection is left that
        // could still hold the file while it closes.
        await eventually("every connection is closed and the WAL removed") {
            !FileManager.default.fileExists(atPath: store.databasePath + "-wal")
        }
        let count = try Database.migrationStatus(path: store.databasePath, migrations: [TestStore.itemsMigration])
        #expect(count.databaseVersion == 1)
    }
}
