import CSQLite

/// The one error type of the Storage module: what failed, SQLite's result codes, and the SQL text
/// (never its arguments, which may hold user data).
public struct StorageError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is, so callers can branch without parsing messages.
    public enum Code: String, Sendable, Hashable {
        /// SQLite returned an error; `resultCode` and `extendedResultCode` say which.
        case sqlite
        /// A column held a value that cannot be read as the requested Swift type.
        case typeMismatch
        /// The migration files or the applied migrations are inconsistent; nothing was changed.
        case migration
        /// An online backup could not be made or did not pass its check.
        case backup
        /// A restore was refused or failed; the current database was left in place.
        case restore
        /// Another process holds the database lock.
        case locked
        /// The database was closed; no more work is accepted.
        case closed
        /// A file-system operation failed; `underlying` carries errno's meaning.
        case io
    }

    /// What kind of failure this is.
    public let code: Code
    /// SQLite's primary result code (`SQLITE_BUSY`…), 0 when SQLite was not involved.
    public let resultCode: Int32
    /// SQLite's extended result code (`SQLITE_CONSTRAINT_UNIQUE`…), 0 when SQLite was not involved.
    public let extendedResultCode: Int32
    /// A human-readable explanation naming files and statements where relevant.
    public let message: String
    /// The SQL text being run, without bound arguments.
    public let sql: String?
    /// The error that caused this one, if any.
    public let underlying: (any Error & Sendable)?

    /// Creates an error; prefer the static helpers, which fill the codes consistently.
    public init(
        code: Code, message: String, sql: String? = nil, resultCode: Int32 = 0,
        extendedResultCode: Int32 = 0, underlying: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.sql = sql
        self.resultCode = resultCode
        self.extendedResultCode = extendedResultCode
        self.underlying = underlying
    }

    /// One line for logs: the code, SQLite's codes, the message and the SQL.
    public var description: String {
        var text = "storage error (\(code.rawValue)"
        if resultCode != 0 { text += ", sqlite \(resultCode)/\(extendedResultCode)" }
        text += "): \(message)"
        if let sql { text += " [sql: \(sql)]" }
        if let underlying { text += " (caused by: \(underlying))" }
        return text
    }

    /// True when SQLite reported a constraint violation (UNIQUE, CHECK, FOREIGN KEY, NOT NULL).
    public var isConstraintViolation: Bool { resultCode == SQLITE_CONSTRAINT }

    /// Builds the error for a failed SQLite call on `handle` (nil when the handle could not be opened).
    static func sqlite(_ result: Int32, handle: OpaquePointer?, sql: String?) -> StorageError {
        let message = handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(result))
        let extended = handle.map { sqlite3_extended_errcode($0) } ?? result
        return StorageError(
            code: .sqlite, message: message, sql: sql,
            resultCode: result & 0xFF, extendedResultCode: extended)
    }

    /// Builds the error for a failed POSIX call, naming the operation and the path.
    static func io(_ operation: String, path: String, errno number: Int32) -> StorageError {
        StorageError(code: .io, message: "\(operation) \(path): \(SystemErrorText.describe(number))")
    }
}
