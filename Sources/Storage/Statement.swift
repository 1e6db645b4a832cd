import CSQLite

/// SQLite copies bound text and blobs immediately when given this destructor.
private let transientDestructor = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One prepared statement, owned by one connection's cache; reset after every use.
final class Statement {
    let handle: OpaquePointer
    let sql: String
    private unowned let connection: Connection

    init(sql: String, connection: Connection) throws {
        var prepared: OpaquePointer?
        var trailing = ""
        let result = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let result = sqlite3_prepare_v3(
                connection.handle, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, &tail)
            if let tail { trailing = String(cString: tail) }
            return result
        }
        guard result == SQLITE_OK, let prepared else {
            throw StorageError.sqlite(result, handle: connection.handle, sql: sql)
        }
        if Self.holdsStatement(trailing, connection: connection) {
            sqlite3_finalize(prepared)
            throw StorageError(
                code: .sqlite, message: "one statement expected, found more (use executeScript for scripts)",
                sql: sql, resultCode: SQLITE_MISUSE, extendedResultCode: SQLITE_MISUSE)
        }
        self.handle = prepared
        self.sql = sql
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    /// Whether text left after the first statement holds another one; SQLite would silently skip
    /// it, so a second statement passed to a one-statement API is an error instead.
    private static func holdsStatement(_ text: String, connection: Connection) -> Bool {
        guard text.contains(where: { !$0.isWhitespace && $0 != ";" }) else { return false }
        var next: OpaquePointer?
        let result = sqlite3_prepare_v2(connection.handle, text, -1, &next, nil)
        defer { sqlite3_finalize(next) }
        return result != SQLITE_OK || next != nil
    }

    /// Binds every argument by position (1-based in SQLite), after checking the count matches.
    func bind(_ arguments: [DatabaseValue]) throws {
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard expected == arguments.count else {
            throw StorageError(
                code: .sqlite, message: "statement expects \(expected) arguments, got \(arguments.count)",
                sql: sql, resultCode: SQLITE_RANGE, extendedResultCode: SQLITE_RANGE)
        }
        for (offset, value) in arguments.enumerated() {
            let result = bind(value, at: Int32(offset + 1))
            guard result == SQLITE_OK else { throw error(result) }
        }
    }

    private func bind(_ value: DatabaseValue, at index: Int32) -> Int32 {
        switch value {
        case .null: return sqlite3_bind_null(handle, index)
        case .integer(let number): return sqlite3_bind_int64(handle, index, number)
        case .real(let number): return sqlite3_bind_double(handle, index, number)
        case .text(let text):
            return sqlite3_bind_text(handle, index, text, Int32(text.utf8.count), transientDestructor)
        case .blob(let bytes):
            return bytes.withUnsafeBytes {
                sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), transientDestructor)
            }
        }
    }

    /// Advances one row: true while a row is available, false when done.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let result: throw error(result)
        }
    }

    /// Makes the statement reusable and drops its arguments (so no user data lingers in the cache).
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func error(_ result: Int32) -> StorageError {
        StorageError.sqlite(result, handle: connection.handle, sql: sql)
    }
}
