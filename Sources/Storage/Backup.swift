import CSQLite

/// Online backups: a consistent copy of the live database made with SQLite's backup API from
/// its own read connection (writers keep going), checked, fsynced and renamed atomically into
/// `<folder>/raidbot-<UTC timestamp>.sqlite`; only the newest `keep` are kept. The CLI's
/// `raidbot backup` and the bot's daily backup both call `create`.
public enum Backup {
    /// Makes one backup of `databasePath` into `folder` and returns the new file's path.
    public static func create(
        databasePath: String, folder: String, keep: Int, now: Int64 = UnixTime.now()
    ) throws -> String {
        precondition(keep >= 1, "keep at least one backup")
        try DatabaseFiles.createDirectories(folder)
        let stamp = UnixTime.compactUTC(now)
        let temporary = "\(folder)/.raidbot-\(stamp).sqlite.partial"
        do {
            try consistentCopy(of: databasePath, into: temporary)
            try DatabaseFiles.flush(path: temporary)
            let destination = freeName(in: folder, stamp: stamp)
            try DatabaseFiles.moveAtomically(temporary, to: destination)
            try rotate(folder: folder, keep: keep)
            return destination
        } catch {
            try? DatabaseFiles.remove(temporary)
            throw wrapped(error, databasePath: databasePath)
        }
    }

    /// The same backup, run on its own thread so a running bot's cooperative pool is not blocked
    /// while a large file is copied and checked (the scheduled daily backup uses this).
    public static func create(
        databasePath: String, folder: String, keep: Int, now: Int64 = UnixTime.now()
    ) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            WorkerThread.start {
                continuation.resume(with: Result {
                    try create(databasePath: databasePath, folder: folder, keep: keep, now: now) as String
                })
            }
        }
    }

    /// The backups in `folder`, newest first.
    public static func list(folder: String) throws -> [String] {
        guard DatabaseFiles.exists(folder) else { return [] }
        return try DatabaseFiles.entries(of: folder).filter(isBackupName)
            .sorted { sortKey($0) > sortKey($1) }.map { "\(folder)/\($0)" }
    }

    /// Copies the database page by page in one read snapshot (its WAL included), switches the
    /// copy to a single-file journal mode, and runs `integrity_check` on it.
    static func consistentCopy(of databasePath: String, into temporary: String) throws {
        guard DatabaseFiles.exists(databasePath) else {
            throw StorageError(code: .backup, message: "there is no database at \(databasePath)")
        }
        try DatabaseFiles.prepare(databasePath: temporary)
        let source = try Connection(path: databasePath, flags: SQLITE_OPEN_READONLY)
        defer { source.close() }
        sqlite3_busy_timeout(source.handle, 5_000)
        let destination = try Connection(path: temporary, flags: SQLITE_OPEN_READWRITE)
        defer { destination.close() }
        guard let backup = sqlite3_backup_init(destination.handle, "main", source.handle, "main") else {
            throw StorageError.sqlite(sqlite3_errcode(destination.handle), handle: destination.handle, sql: nil)
        }
        let stepped = sqlite3_backup_step(backup, -1)
        let finished = sqlite3_backup_finish(backup)
        guard stepped == SQLITE_DONE, finished == SQLITE_OK else {
            throw StorageError.sqlite(stepped == SQLITE_DONE ? finished : stepped, handle: destination.handle, sql: nil)
        }
        _ = try destination.fetchValue("PRAGMA journal_mode = DELETE", as: String.self)
        let problems = try IntegrityCheck.problems(on: destination)
        guard problems.isEmpty else {
            throw StorageError(
                code: .backup, message: "the copy failed integrity_check: \(problems.prefix(5).joined(separator: "; "))")
        }
    }

    /// `raidbot-<stamp>.sqlite`, or `raidbot-<stamp>-2.sqlite`… if a backup was made this second.
    private static func freeName(in folder: String, stamp: String) -> String {
        var candidate = "\(folder)/raidbot-\(stamp).sqlite"
        var counter = 2
        while DatabaseFiles.exists(candidate) {
            candidate = "\(folder)/raidbot-\(stamp)-\(counter).sqlite"
            counter += 1
        }
        return candidate
    }

    /// Deletes all but the newest `keep` backups (names sort by time).
    private static func rotate(folder: String, keep: Int) throws {
        for old in try list(folder: folder).dropFirst(keep) { try DatabaseFiles.remove(old) }
    }

    /// True for names this module writes: `raidbot-YYYYMMDDTHHMMSSZ[-n].sqlite`.
    static func isBackupName(_ name: String) -> Bool {
        guard name.hasPrefix("raidbot-"), name.hasSuffix(".sqlite") else { return false }
        let stamp = name.dropFirst("raidbot-".count).prefix(16)
        return stamp.count == 16 && stamp.dropFirst(8).first == "T" && stamp.last == "Z"
    }

    /// (timestamp, same-second counter) so `-2` sorts after the plain name and `-10` after `-9`.
    private static func sortKey(_ name: String) -> (String, Int) {
        let stem = name.dropFirst("raidbot-".count).dropLast(".sqlite".count)
        let counter = stem.count > 17 ? Int(stem.dropFirst(17)) ?? 1 : 1
        return (String(stem.prefix(16)), counter)
    }

    private static func wrapped(_ error: any Error, databasePath: String) -> StorageError {
        if let storage = error as? StorageError, storage.code == .backup { return storage }
        return StorageError(
            code: .backup, message: "backup of \(databasePath) failed: \((error as? StorageError)?.message ?? "\(error)")",
            underlying: error)
    }
}
