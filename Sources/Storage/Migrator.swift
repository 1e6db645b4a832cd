/// Applies the numbered migrations in order, each in one transaction recorded in
/// `schema_migrations` with its SHA-256, and refuses — naming the files — a duplicate number, a
/// gap, an applied migration that changed, or a database newer than the binary.
public struct Migrator: Sendable {
    /// The migrations, sorted by number and checked for duplicates and gaps.
    public let migrations: [Migration]
    private let now: @Sendable () -> Int64

    static let createTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY CHECK (version > 0),
            name TEXT NOT NULL,
            checksum TEXT NOT NULL CHECK (length(checksum) = 64),
            applied_at INTEGER NOT NULL
        ) STRICT
        """

    /// Checks the list itself (numbers unique, 1…n without gaps); `now` stamps `applied_at`.
    public init(migrations: [Migration], now: @escaping @Sendable () -> Int64 = UnixTime.now) throws {
        self.migrations = try MigrationList.validated(migrations)
        self.now = now
    }

    /// The highest migration number this binary knows.
    public var binaryVersion: Int { migrations.last?.version ?? 0 }

    /// Applies every pending migration and returns those it applied (empty when up to date).
    @discardableResult
    public func migrate(_ connection: Connection) throws -> [Migration] {
        let pending = try status(connection).pending
        for migration in pending { try apply(migration, on: connection) }
        return pending
    }

    /// Compares the database with the binary; throws the same refusals `migrate` would.
    public func status(_ connection: Connection) throws -> MigrationStatus {
        let applied = try Self.appliedMigrations(connection)
        try MigrationList.checkApplied(applied, against: migrations)
        let done = Set(applied.map(\.version))
        return MigrationStatus(
            applied: applied, pending: migrations.filter { !done.contains($0.version) },
            binaryVersion: binaryVersion)
    }

    /// The rows of `schema_migrations`, or none when the table does not exist yet.
    static func appliedMigrations(_ connection: Connection) throws -> [MigrationStatus.Applied] {
        let exists = try connection.fetchValue(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'",
            as: Int.self) ?? 0
        guard exists > 0 else { return [] }
        return try connection.fetchAll(
            "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version"
        ) { row in
            MigrationStatus.Applied(
                version: try row.get(0), fileName: try row.get(1), checksum: try row.get(2), appliedAt: try row.get(3))
        }
    }

    /// One migration in one transaction: its script, a foreign-key check, and its record.
    private func apply(_ migration: Migration, on connection: Connection) throws {
        try connection.execute("BEGIN IMMEDIATE")
        do {
            try connection.executeScript(Self.createTable)
            try ScriptRunner(connection: connection).run(migration.sql) { sql in
                try MigrationList.refuseTransactionControl(sql, in: migration)
            }
            try checkForeignKeys(after: migration, on: connection)
            try connection.execute(
                "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)",
                migration.version, migration.fileName, migration.checksum, now())
            try connection.execute("COMMIT")
        } catch {
            if connection.isInTransaction { _ = try? connection.execute("ROLLBACK") }
            throw Self.failure(of: migration, error)
        }
    }

    private func checkForeignKeys(after migration: Migration, on connection: Connection) throws {
        let violations = try connection.fetchAll("PRAGMA foreign_key_check") { try $0.get(0, as: String.self) }
        guard violations.isEmpty else {
            throw StorageError(
                code: .migration,
                message: "leaves rows violating foreign keys in \(Set(violations).sorted().joined(separator: ", "))")
        }
    }

    private static func failure(of migration: Migration, _ error: any Error) -> StorageError {
        let storage = error as? StorageError
        let previous = String(migration.version - 1)
        return StorageError(
            code: .migration,
            message: "migration \(migration.fileName) failed and was rolled back (database left at version "
                + "\(previous)): \(storage?.message ?? "\(error)")",
            sql: storage?.sql, resultCode: storage?.resultCode ?? 0,
            extendedResultCode: storage?.extendedResultCode ?? 0, underlying: error)
    }
}
