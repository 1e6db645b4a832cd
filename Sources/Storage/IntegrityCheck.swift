import CSQLite

/// `PRAGMA integrity_check` for `raidbot check`, backups and restores.
public enum IntegrityCheck {
    /// The problems SQLite reports for the database at `path` (empty when it is healthy).
    public static func problems(databaseAt path: String) throws -> [String] {
        let connection = try Connection(path: path, flags: SQLITE_OPEN_READONLY)
        defer { connection.close() }
        return try problems(on: connection)
    }

    /// The problems SQLite reports on an open connection (empty when healthy).
    static func problems(on connection: Connection) throws -> [String] {
        let lines = try connection.fetchAll("PRAGMA integrity_check") { try $0.get(0, as: String.self) }
        return lines == ["ok"] ? [] : lines
    }
}
