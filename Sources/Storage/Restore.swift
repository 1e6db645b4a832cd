import CSQLite

/// Replaces the database with a backup: only after the backup passed `integrity_check`, carries
/// `schema_migrations` no newer than this binary, and while no bot holds the database lock. The
/// replaced file (and its WAL) is kept aside as `<db>.replaced-<UTC timestamp>`.
public enum Restore {
    /// What a restore did.
    public struct Outcome: Sendable, Hashable {
        /// The database file now holding the backup's contents.
        public let databasePath: String
        /// Where the previous database was moved, nil when there was none.
        public let replacedPath: String?
        /// The backup's migration version (pending ones apply at the next start).
        public let backupVersion: Int
    }

    /// Restores `backupPath` into `databasePath`; throws `.locked` while a bot runs, `.restore` for
    /// an unusable backup (the current database is then untouched).
    public static func restore(
        from backupPath: String, to databasePath: String, migrations: [Migration], now: Int64 = UnixTime.now()
    ) throws -> Outcome {
        let lock = try DatabaseLock(databasePath: databasePath)
        defer { withExtendedLifetime(lock) {} }
        let version = try verify(backupPath, migrations: migrations)
        let incoming = databasePath + ".restoring"
        do {
            try? DatabaseFiles.remove(incoming)
            try Backup.consistentCopy(of: backupPath, into: incoming)
            try DatabaseFiles.flush(path: incoming)
            let replaced = try moveAside(databasePath, stamp: UnixTime.compactUTC(now))
            try DatabaseFiles.moveAtomically(incoming, to: databasePath)
            return Outcome(databasePath: databasePath, replacedPath: replaced, backupVersion: version)
        } catch {
            try? DatabaseFiles.remove(incoming)
            throw StorageError(
                code: .restore, message: "restore of \(backupPath) failed: \((error as? StorageError)?.message ?? "\(error)")",
                underlying: error)
        }
    }

    /// Checks the backup and returns its migration version.
    static func verify(_ backupPath: String, migrations: [Migration]) throws -> Int {
        guard DatabaseFiles.exists(backupPath) else { throw refusal(backupPath, "the file does not exist") }
        let connection: Connection
        do {
            connection = try Connection(path: backupPath, flags: SQLITE_OPEN_READONLY)
        } catch {
            throw refusal(backupPath, "it cannot be opened as SQLite (\(error))")
        }
        defer { connection.close() }
        let problems = (try? IntegrityCheck.problems(on: connection)) ?? ["not a database"]
        guard problems.isEmpty else {
            throw refusal(backupPath, "integrity_check failed: \(problems.prefix(5).joined(separator: "; "))")
        }
        let applied = try Migrator.appliedMigrations(connection)
        guard !applied.isEmpty else { throw refusal(backupPath, "it has no schema_migrations, so it is no raidbot database") }
        do {
            try MigrationList.checkApplied(applied, against: try MigrationList.validated(migrations))
        } catch let error as StorageError {
            throw refusal(backupPath, error.message)
        }
        return applied.last?.version ?? 0
    }

    /// Moves the database and its WAL/shm aside (named so SQLite still pairs them); returns the new path.
    /// The WAL goes first: a stale `-wal` left beside the restored file would be replayed into it.
    static func moveAside(_ databasePath: String, stamp: String) throws -> String? {
        let aside = "\(databasePath).replaced-\(stamp)"
        for suffix in ["-wal", "-shm"] where DatabaseFiles.exists(databasePath + suffix) {
            try DatabaseFiles.moveAtomically(databasePath + suffix, to: aside + suffix)
        }
        guard DatabaseFiles.exists(databasePath) else { return nil }
        try DatabaseFiles.moveAtomically(databasePath, to: aside)
        return aside
    }

    private static func refusal(_ backupPath: String, _ reason: String) -> StorageError {
        StorageError(code: .restore, message: "refusing to restore \(backupPath): \(reason)")
    }
}
