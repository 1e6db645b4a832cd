import Storage
import Testing

@Suite("Migrations")
struct MigratorTests {
    static func migration(_ fileName: String, _ sql: String) -> Migration {
        try! Migration(fileName: fileName, sql: sql)
    }

    static let first = migration("0001_members.sql", "CREATE TABLE member (id INTEGER PRIMARY KEY, name TEXT NOT NULL);")
    static let second = migration("0002_runs.sql", """
        -- runs belong to members
        CREATE TABLE run (id INTEGER PRIMARY KEY, organizer INTEGER NOT NULL REFERENCES member(id));
        CREATE INDEX idx_run_organizer ON run(organizer);
        """)

    @Test("a fresh database gets every migration, each recorded with its SHA-256")
    func freshApply() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open(migrations: [Self.second, Self.first])
        #expect(database.appliedAtOpen.map(\.fileName) == ["0001_members.sql", "0002_runs.sql"])
        await database.close()
        let status = try Database.migrationStatus(path: store.databasePath, migrations: [Self.first, Self.second])
        #expect(status.applied.map(\.fileName) == ["0001_members.sql", "0002_runs.sql"])
        #expect(status.applied.map(\.checksum) == [Self.first.checksum, Self.second.checksum])
        #expect(status.pending.isEmpty)
        #expect(status.databaseVersion == 2)
    }

    @Test("re-opening an up-to-date database applies nothing")
    func reopenIsIdempotent() async throws {
        let store = try TestStore()
        defer { store.remove() }
        try await store.open(migrations: [Self.first]).close()
        let before = try Database.migrationStatus(path: store.databasePath, migrations: [Self.first])
        let reopened = try store.open(migrations: [Self.first])
        #expect(reopened.appliedAtOpen.isEmpty)
        await reopened.close()
        let after = try Database.migrationStatus(path: store.databasePath, migrations: [Self.first])
        #expect(before.applied == after.applied)
        // And a later binary applies only the new one.
        try await store.open(migrations: [Self.first, Self.second]).close()
        let upgraded = try Database.migrationStatus(path: store.databasePath, migrations: [Self.first, Self.second])
        #expect(upgraded.applied.first == before.applied.first)
        #expect(upgraded.databaseVersion == 2)
    }

    struct ListRefusal: Sendable, CustomTestStringConvertible {
        let name: String
        let migrations: [Migration]
        let namedFiles: [String]
        var testDescription: String { name }
    }

    static let listRefusals = [
        ListRefusal(
            name: "two files with one number",
            migrations: [first, second, migration("0002_quota.sql", "CREATE TABLE quota (id INTEGER);")],
            namedFiles: ["0002_runs.sql", "0002_quota.sql"]),
        ListRefusal(
            name: "a gap in the numbers",
            migrations: [first, migration("0003_quota.sql", "CREATE TABLE quota (id INTEGER);")],
            namedFiles: ["0001_members.sql", "0003_quota.sql"]),
        ListRefusal(
            name: "numbering that does not start at 0001",
            migrations: [second], namedFiles: ["0002_runs.sql"]),
    ]

    @Test("an inconsistent migration list is refused, naming the files", arguments: listRefusals)
    func inconsistentListIsRefused(_ refusal: ListRefusal) throws {
        let store = try TestStore()
        defer { store.remove() }
        let error = #expect(throws: StorageError.self) { try store.open(migrations: refusal.migrations) }
        #expect(error?.code == .migration)
        for file in refusal.namedFiles {
            #expect(error?.message.contains(file) == true, "message should name \(file): \(error?.message ?? "")")
        }
    }

    @Test("an applied migration whose file changed is refused, naming it")
    func changedChecksumIsRefused() async throws {
        let store = try TestStore()
        defer { store.remove() }
        try await store.open(migrations: [Self.first]).close()
        let edited = Self.migration("0001_members.sql", "CREATE TABLE member (id INTEGER PRIMARY KEY, name TEXT);")
        let error = #expect(throws: StorageError.self) { try store.open(migrations: [edited]) }
        #expect(error?.code == .migration)
        #expect(error?.message.contains("0001_members.sql") == true)
        #expect(error?.message.contains("changed") == true)
    }

    @Test("a database newer than the binary is refused, naming both ends")
    func newerDatabaseIsRefused() async throws {
        let store = try TestStore()
        defer { store.remove() }
        try await store.open(migrations: [Self.first, Self.second]).close()
        let error = #expect(throws: StorageError.self) { try store.open(migrations: [Self.first]) }
        #expect(error?.code == .migration)
        #expect(error?.message.contains("0002_runs.sql") == true)
        #expect(error?.message.contains("0001_members.sql") == true)
    }

    @Test("a failing migration leaves the database exactly as it was (schema and data)")
    func failingMigrationLeavesNoTrace() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open(migrations: [Self.first])
        try await database.write { try $0.execute("INSERT INTO member VALUES (1, 'Ana'), (2, 'Bo')") }
        await database.close()
        let before = try SchemaSnapshot.take(store.databasePath)
        let broken = Self.migration("0002_broken.sql", """
            CREATE TABLE run (id INTEGER PRIMARY KEY);
            INSERT INTO member VALUES (3, 'Cy');
            UPDATE member SET name = 'changed';
            INSERT INTO no_such_table VALUES (1);
            """)
        let error = #expect(throws: StorageError.self) { try store.open(migrations: [Self.first, broken]) }
        #expect(error?.code == .migration)
        #expect(error?.message.contains("0002_broken.sql") == true)
        #expect(error?.sql?.contains("no_such_table") == true)
        #expect(try SchemaSnapshot.take(store.databasePath) == before)
    }

    @Test("a failing first migration leaves a fresh database without even schema_migrations")
    func failingFirstMigrationLeavesEmptyDatabase() throws {
        let store = try TestStore()
        defer { store.remove() }
        let broken = Self.migration("0001_broken.sql", "CREATE TABLE a (id INTEGER); SELECT * FROM missing;")
        #expect(throws: StorageError.self) { try store.open(migrations: [broken]) }
        #expect(try SchemaSnapshot.take(store.databasePath).schema.isEmpty)
    }

    @Test("a migration with its own transaction control is refused before it commits anything")
    func transactionControlIsRefused() throws {
        let store = try TestStore()
        defer { store.remove() }
        let sneaky = Self.migration("0001_sneaky.sql", "CREATE TABLE a (id INTEGER);\n/* done */ COMMIT;")
        let error = #expect(throws: StorageError.self) { try store.open(migrations: [sneaky]) }
        #expect(error?.message.contains("COMMIT") == true)
        #expect(try SchemaSnapshot.take(store.databasePath).schema.isEmpty)
    }

    @Test("file names must be NNNN_description.sql", arguments: ["1_short.sql", "0001-dash.sql", "0001_x.txt", "abcd_x.sql"])
    func badFileNameIsRefused(_ name: String) {
        #expect(throws: StorageError.self) { try Migration(fileName: name, sql: "") }
    }
}
