/// How the database is opened and tuned; the defaults are the durable production settings.
public struct DatabaseConfiguration: Sendable {
    /// SQLite's `synchronous` setting: how hard a commit waits for the disk.
    public enum Synchronous: String, Sendable {
        /// Every acknowledged commit survives power loss (the default, non-negotiable 2).
        case full = "FULL"
        /// Faster; after a power cut the last commits may be lost, but the file stays consistent.
        case normal = "NORMAL"
    }

    /// The database file; its folder is created owner-only if missing.
    public var path: String
    /// How many read-only connections serve `read` concurrently.
    public var readerCount: Int
    /// Durability of commits.
    public var synchronous: Synchronous
    /// How long a connection waits on a lock before failing with SQLITE_BUSY.
    public var busyTimeout: Duration
    /// The WAL is truncated back to this size after checkpoints, so it stays bounded.
    public var journalSizeLimit: Int
    /// How many write jobs may wait for the writer before `write` callers wait for room.
    public var writeQueueCapacity: Int
    /// Statements slower than this are logged as warnings.
    public var slowQueryThreshold: Duration
    /// Development mode: log every statement at debug level.
    public var logEveryStatement: Bool
    /// The page size of a new database file (an existing one keeps its own): the unit of every
    /// WAL frame, so it sets how many bytes a small write costs the SD card.
    public var pageSize: Int

    /// Creates a configuration; every parameter defaults to the production value.
    public init(
        path: String = "data/raidbot.sqlite",
        readerCount: Int = 4,
        synchronous: Synchronous = .full,
        busyTimeout: Duration = .seconds(5),
        journalSizeLimit: Int = 64 * 1024 * 1024,
        writeQueueCapacity: Int = 1024,
        slowQueryThreshold: Duration = .milliseconds(100),
        logEveryStatement: Bool = false,
        pageSize: Int = DatabaseConfiguration.defaultPageSize
    ) {
        precondition(readerCount >= 1, "readerCount must be at least 1")
        precondition(writeQueueCapacity >= 1, "writeQueueCapacity must be at least 1")
        precondition([512, 1024, 2048, 4096, 8192, 16384, 32768, 65536].contains(pageSize), "pageSize must be a power of two, 512…65536")
        self.path = path
        self.readerCount = readerCount
        self.synchronous = synchronous
        self.busyTimeout = busyTimeout
        self.journalSizeLimit = journalSizeLimit
        self.writeQueueCapacity = writeQueueCapacity
        self.slowQueryThreshold = slowQueryThreshold
        self.logEveryStatement = logEveryStatement
        self.pageSize = pageSize
    }

    /// The page size new databases get (chosen from the WAL measurements in docs/benchmarks.md).
    public static let defaultPageSize = 4096

    /// The busy timeout in whole milliseconds, as `sqlite3_busy_timeout` takes it.
    var busyTimeoutMilliseconds: Int32 {
        let parts = busyTimeout.components
        let milliseconds = parts.seconds * 1_000 + parts.attoseconds / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }
}
