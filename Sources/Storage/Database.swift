import CSQLite
import Logging

/// The embedded store: one writer connection on its own thread behind a bounded queue with group
/// commit, and a pool of read-only connections. The database API is `read {}`, `write {}` and the
/// one-statement reads `fetchAll`, `fetchOne` and `fetchValue`.
public final class Database: Sendable {
    /// The configuration it was opened with.
    public let configuration: DatabaseConfiguration
    /// The migrations this open applied (empty when the file was up to date), for `raidbot migrate`.
    public let appliedAtOpen: [Migration]
    private let writer: Writer
    let readers: ReaderPool
    private let tracer: StatementTracer

    /// Opens (creating owner-only if missing) the database, applies pending migrations from
    /// `migrations` (refusing inconsistent ones), and starts the writer and the readers. It blocks
    /// while migrating, so call it at start-up (or from a CLI command), not on a hot path.
    public init(
        configuration: DatabaseConfiguration, migrations: [Migration],
        logger: Logger = Logger(label: "raidbot.storage"), now: @escaping @Sendable () -> Int64 = UnixTime.now
    ) throws {
        let migrator = try Migrator(migrations: migrations, now: now)
        try DatabaseFiles.prepare(databasePath: configuration.path)
        let tracer = StatementTracer(
            logger: logger, slowThreshold: configuration.slowQueryThreshold,
            logEveryStatement: configuration.logEveryStatement)
        let writerConnection = try ConnectionSetup.openWriter(configuration, tracer: tracer)
        let applied = try migrator.migrate(writerConnection)
        for migration in applied {
            logger.notice("applied migration", metadata: ["migration": "\(migration.fileName)"])
        }
        let readerConnections = try (0..<configuration.readerCount).map { _ in
            try ConnectionSetup.openReader(configuration, tracer: tracer)
        }
        self.configuration = configuration
        self.appliedAtOpen = applied
        self.writer = Writer(connection: writerConnection, capacity: configuration.writeQueueCapacity, logger: logger)
        self.readers = ReaderPool(connections: readerConnections)
        self.tracer = tracer
    }

    /// A database dropped without `close()` still lets its threads finish queued work, checkpoint
    /// and close their connections, instead of leaking them.
    deinit {
        readers.requestClose()
        writer.queue.close()
    }

    /// Runs `body` on a read-only connection in one snapshot; never waits for the writer.
    public func read<T: Sendable>(_ body: @escaping @Sendable (Connection) throws -> T) async throws -> T {
        try await readers.read(body)
    }

    /// Queues `body` for the writer and returns once the group transaction containing it has
    /// committed durably. If `body` throws, only its own changes are rolled back.
    @discardableResult
    public func write<T: Sendable>(_ body: @escaping @Sendable (Connection) throws -> T) async throws -> T {
        try await writer.queue.reserveSlot()
        return try await withCheckedThrowingContinuation { continuation in
            writer.queue.enqueue(WriteJob(body: body, continuation: continuation))
        }
    }

    /// The writer queue's depth, peak and counts.
    public var writeMetrics: WriteQueueMetrics { writer.queue.metrics }

    /// Statements that ran longer than `slowQueryThreshold` since the database opened.
    public var slowStatementCount: Int { tracer.slowStatements }

    /// Finishes queued reads and writes, checkpoints the WAL (TRUNCATE) and closes every connection.
    public func close() async {
        await readers.close()
        await writer.close()
    }

    /// Runs `PRAGMA integrity_check` on a reader; returns the problems found (empty when healthy).
    public func integrityCheck() async throws -> [String] {
        try await read { try IntegrityCheck.problems(on: $0) }
    }

    /// Reads the migration state of the database at `path` without changing it (for `migrate --status`);
    /// a missing file reports every migration as pending.
    public static func migrationStatus(path: String, migrations: [Migration]) throws -> MigrationStatus {
        guard DatabaseFiles.exists(path) else {
            let migrator = try Migrator(migrations: migrations)
            return MigrationStatus(applied: [], pending: migrator.migrations, binaryVersion: migrator.binaryVersion)
        }
        let connection = try Connection(path: path, flags: SQLITE_OPEN_READONLY)
        defer { connection.close() }
        return try Migrator(migrations: migrations).status(connection)
    }
}
