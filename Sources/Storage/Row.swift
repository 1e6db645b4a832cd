import CSQLite

/// The current row of a query, valid only inside the closure it is passed to.
public struct Row {
    let statement: Statement

    /// The number of result columns.
    public var count: Int { Int(sqlite3_column_count(statement.handle)) }

    /// The name of a column, as the query spelled it (or its alias).
    public func name(at index: Int) -> String {
        sqlite3_column_name(statement.handle, Int32(index)).map { String(cString: $0) } ?? ""
    }

    /// The raw value of a column (0-based).
    public func value(at index: Int) -> DatabaseValue {
        let handle = statement.handle
        let column = Int32(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            let length = Int(sqlite3_column_bytes(handle, column))
            let bytes = UnsafeBufferPointer(start: text, count: length)
            return .text(String(decoding: bytes, as: UTF8.self))
        case SQLITE_BLOB:
            let length = Int(sqlite3_column_bytes(handle, column))
            guard length > 0, let blob = sqlite3_column_blob(handle, column) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: blob, count: length)))
        default: return .null
        }
    }

    /// A column read as `T`; throws `.typeMismatch` naming the column when the value does not fit.
    public func get<T: DatabaseValueConvertible>(_ index: Int, as type: T.Type = T.self) throws -> T {
        let value = value(at: index)
        guard let converted = T.fromDatabaseValue(value) else {
            throw StorageError(
                code: .typeMismatch,
                message: "column \(index) (\(name(at: index))) holds \(value.storageClass), not \(T.self)",
                sql: statement.sql)
        }
        return converted
    }
}

extension DatabaseValue {
    /// The SQLite storage class name, for error messages (never the value itself).
    var storageClass: String {
        switch self {
        case .null: return "NULL"
        case .integer: return "INTEGER"
        case .real: return "REAL"
        case .text: return "TEXT"
        case .blob: return "BLOB"
        }
    }
}
