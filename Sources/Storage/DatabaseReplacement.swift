import CSQLite

/// A database built beside the live one (an import) and put in its place in one rename, so a
/// failure before the rename leaves the live file exactly as it was. The previous file, if any,
/// is kept aside as `<db>.replaced-<UTC timestamp>` the way `Restore` keeps it.
public enum DatabaseReplacement {
    /// Makes `temporary` durable and renames it over `databasePath`; returns where the previous
    /// database was moved (nil when there was none). The caller holds the `DatabaseLock`.
    public static func install(_ temporary: String, at databasePath: String, now: Int64 = UnixTime.now()) throws -> String? {
        for suffix in ["-wal", "-shm"] where DatabaseFiles.exists(temporary + suffix) {
            throw StorageError(code: .io, message: "\(temporary) still has a \(suffix) file; close it before installing")
        }
        try DatabaseFiles.flush(path: temporary)
        let replaced = try Restore.moveAside(databasePath, stamp: UnixTime.compactUTC(now))
        try DatabaseFiles.moveAtomically(temporary, to: databasePath)
        return replaced
    }

    /// Deletes a database file and its `-wal`/`-shm` companions; missing files are not an error.
    public static func discard(_ path: String) throws {
        for suffix in ["-wal", "-shm", ""] { try DatabaseFiles.remove(path + suffix) }
    }

    /// True when a file exists at `path`.
    public static func exists(_ path: String) -> Bool { DatabaseFiles.exists(path) }

    /// Row counts of `tables` in the database at `path`, read-only (no migration, no write); a
    /// table the file does not have counts 0. For "is the target empty" checks.
    public static func rowCounts(databaseAt path: String, tables: [String]) throws -> [String: Int] {
        let connection = try Connection(path: path, flags: SQLITE_OPEN_READONLY)
        defer { connection.close() }
        sqlite3_busy_timeout(connection.handle, 5_000)
        let existing = Set(try connection.fetchAll("SELECT name FROM sqlite_schema WHERE type = 'table'") {
            try $0.get(0, as: String.self)
        })
        var counts: [String: Int] = [:]
        for table in tables {
            counts[table] = existing.contains(table)
                ? try connection.fetchValue("SELECT count(*) FROM \"\(table)\"", as: Int.self) ?? 0 : 0
        }
        return counts
    }
}
