import CSQLite

/// Opens the writer and reader connections with the settings every connection needs: the busy
/// timeout (without it, readers beside the writer fail with SQLITE_BUSY), foreign keys, tracing.
enum ConnectionSetup {
    /// The read-write connection: switches the file to WAL and applies durability settings.
    static func openWriter(_ configuration: DatabaseConfiguration, tracer: StatementTracer) throws -> Connection {
        let connection = try Connection(path: configuration.path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        sqlite3_busy_timeout(connection.handle, configuration.busyTimeoutMilliseconds)
        // Only a file with no pages yet takes it; WAL mode fixes the page size from then on.
        try connection.executeScript("PRAGMA page_size = \(configuration.pageSize)")
        let mode = try connection.fetchValue("PRAGMA journal_mode = WAL", as: String.self)
        guard mode?.lowercased() == "wal" else {
            throw StorageError(code: .sqlite, message: "cannot switch \(configuration.path) to WAL (mode is \(mode ?? "?"))")
        }
        try connection.executeScript("""
            PRAGMA foreign_keys = ON;
            PRAGMA synchronous = \(configuration.synchronous.rawValue);
            PRAGMA journal_size_limit = \(configuration.journalSizeLimit);
            """)
        connection.install(tracer)
        return connection
    }

    /// A read-only connection (`SQLITE_OPEN_READONLY`): it cannot write even by mistake.
    static func openReader(_ configuration: DatabaseConfiguration, tracer: StatementTracer) throws -> Connection {
        let connection = try Connection(path: configuration.path, flags: SQLITE_OPEN_READONLY)
        sqlite3_busy_timeout(connection.handle, configuration.busyTimeoutMilliseconds)
        try connection.executeScript("PRAGMA foreign_keys = ON")
        connection.install(tracer)
        return connection
    }
}
