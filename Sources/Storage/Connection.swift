import CSQLite
import Logging

/// One SQLite connection with its prepared-statement cache. The writer and every reader own one
/// each and use it from their own thread only; a `Connection` passed to a `read`/`write` body must
/// not escape that body.
///
/// `@unchecked Sendable` because it wraps a C handle: it is handed once to the thread that owns it
/// and afterwards touched only by that thread (or by a body that thread runs), so no two threads
/// use the handle at the same time; the handle is opened `SQLITE_OPEN_NOMUTEX` for that reason.
public final class Connection: @unchecked Sendable {
    let handle: OpaquePointer
    let path: String
    private var statements: [String: Statement] = [:]
    private var tracer: StatementTracer?
    private var isClosed = false
    private var transactionGuard: TransactionControlGuard?
    private static let statementCacheLimit = 512

    /// Opens `path` with the given SQLite open flags (NOMUTEX is always added).
    init(path: String, flags: Int32) throws {
        var opened: OpaquePointer?
        let result = sqlite3_open_v2(path, &opened, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard result == SQLITE_OK, let opened else {
            let error = StorageError.sqlite(result, handle: opened, sql: nil)
            sqlite3_close_v2(opened)
            throw StorageError(
                code: .sqlite, message: "cannot open \(path): \(error.message)",
                resultCode: error.resultCode, extendedResultCode: error.extendedResultCode)
        }
        self.handle = opened
        self.path = path
        sqlite3_extended_result_codes(opened, 1)
    }

    deinit { close() }

    /// Runs one statement with positional arguments and returns how many rows it changed.
    @discardableResult
    public func execute(_ sql: String, _ arguments: (any DatabaseValueConvertible)?...) throws -> Int {
        try execute(sql, arguments: arguments.map { $0?.databaseValue ?? .null })
    }

    /// Runs one statement with an argument list built at run time and returns the rows changed.
    @discardableResult
    public func execute(_ sql: String, arguments: [DatabaseValue]) throws -> Int {
        let statement = try prepared(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        while try statement.step() {}
        return Int(sqlite3_changes(handle))
    }

    /// Runs every row of a query through `map` and returns the results in order.
    public func fetchAll<T>(
        _ sql: String, _ arguments: (any DatabaseValueConvertible)?...,
        map: (Row) throws -> T
    ) throws -> [T] {
        try fetchAll(sql, arguments: arguments.map { $0?.databaseValue ?? .null }, map: map)
    }

    /// Runs every row of a query with a run-time argument list through `map`.
    public func fetchAll<T>(_ sql: String, arguments: [DatabaseValue], map: (Row) throws -> T) throws -> [T] {
        let statement = try prepared(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        var results: [T] = []
        while try statement.step() { results.append(try map(Row(statement: statement))) }
        return results
    }

    /// Maps the first row of a query, or returns nil when there is none.
    public func fetchOne<T>(
        _ sql: String, _ arguments: (any DatabaseValueConvertible)?...,
        map: (Row) throws -> T
    ) throws -> T? {
        try fetchOne(sql, arguments: arguments.map { $0?.databaseValue ?? .null }, map: map)
    }

    /// Maps the first row of a query with a run-time argument list, or returns nil.
    public func fetchOne<T>(_ sql: String, arguments: [DatabaseValue], map: (Row) throws -> T) throws -> T? {
        let statement = try prepared(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        guard try statement.step() else { return nil }
        return try map(Row(statement: statement))
    }

    /// Reads the first column of the first row as `T` (e.g. a COUNT), or nil when there is no row.
    public func fetchValue<T: DatabaseValueConvertible>(
        _ sql: String, _ arguments: (any DatabaseValueConvertible)?..., as type: T.Type = T.self
    ) throws -> T? {
        try fetchOne(sql, arguments: arguments.map { $0?.databaseValue ?? .null }) { try $0.get(0, as: T.self) }
    }

    /// Runs a script of several statements without arguments (schema, pragmas); not cached.
    public func executeScript(_ sql: String) throws {
        try ScriptRunner(connection: self).run(sql) { _ in }
    }

    /// The rowid of the last row this connection inserted.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// True while a transaction is open on this connection.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// The cached prepared statement for `sql`, preparing it on first use.
    func prepared(_ sql: String) throws -> Statement {
        if let cached = statements[sql] { return cached }
        if statements.count >= Self.statementCacheLimit { statements.removeAll() }
        let statement = try Statement(sql: sql, connection: self)
        statements[sql] = statement
        return statement
    }

    /// Logs statement durations through `tracer` (slow-query warnings, development debug lines).
    func install(_ tracer: StatementTracer) {
        self.tracer = tracer
        sqlite3_trace_v2(
            handle, UInt32(SQLITE_TRACE_PROFILE), statementProfileCallback,
            Unmanaged.passUnretained(tracer).toOpaque())
    }

    /// Refuses transaction control inside write-job bodies (see `TransactionControlGuard`).
    func install(_ transactionGuard: TransactionControlGuard) {
        self.transactionGuard = transactionGuard
        transactionGuard.install(on: self)
    }

    /// Closes the handle now (instead of at deinit), finalizing cached statements first.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        statements.removeAll()
        sqlite3_trace_v2(handle, 0, nil, nil)
        sqlite3_set_authorizer(handle, nil, nil)
        sqlite3_close_v2(handle)
    }
}

/// SQLite calls this after each statement finishes; the context is the connection's tracer,
/// which the connection keeps alive for as long as the callback is installed.
private func statementProfileCallback(
    _ mask: UInt32, _ context: UnsafeMutableRawPointer?, _ statement: UnsafeMutableRawPointer?,
    _ duration: UnsafeMutableRawPointer?
) -> Int32 {
    guard mask == UInt32(SQLITE_TRACE_PROFILE), let context, let statement, let duration else { return 0 }
    let tracer = Unmanaged<StatementTracer>.fromOpaque(context).takeUnretainedValue()
    let nanoseconds = duration.load(as: Int64.self)
    tracer.record(statement: OpaquePointer(statement), nanoseconds: nanoseconds)
    return 0
}
