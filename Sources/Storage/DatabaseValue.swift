/// One SQLite value as stored: the five storage classes, so binding and reading are typed and exact.
public enum DatabaseValue: Sendable, Hashable {
    /// SQL NULL.
    case null
    /// A 64-bit signed integer (snowflakes, Unix milliseconds, hundredths of points, booleans).
    case integer(Int64)
    /// An IEEE double.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Raw bytes.
    case blob([UInt8])
}

/// A Swift type that can be bound as a statement argument and read back from a column.
public protocol DatabaseValueConvertible: Sendable {
    /// The value to bind.
    var databaseValue: DatabaseValue { get }
    /// Reads a column value; nil when the stored value has another type or is out of range.
    static func fromDatabaseValue(_ value: DatabaseValue) -> Self?
}

extension DatabaseValue: DatabaseValueConvertible {
    /// A DatabaseValue binds as itself.
    public var databaseValue: DatabaseValue { self }
    /// A DatabaseValue reads any column.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> DatabaseValue? { value }
}

extension Int64: DatabaseValueConvertible {
    /// Binds as an INTEGER.
    public var databaseValue: DatabaseValue { .integer(self) }
    /// Reads an INTEGER column.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int64? {
        if case .integer(let number) = value { return number }
        return nil
    }
}

extension Int: DatabaseValueConvertible {
    /// Binds as an INTEGER.
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    /// Reads an INTEGER column that fits this platform's Int (32 bits on some Pis).
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int? {
        Int64.fromDatabaseValue(value).flatMap { Int(exactly: $0) }
    }
}

extension Int32: DatabaseValueConvertible {
    /// Binds as an INTEGER.
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    /// Reads an INTEGER column that fits 32 bits.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int32? {
        Int64.fromDatabaseValue(value).flatMap { Int32(exactly: $0) }
    }
}

extension UInt64: DatabaseValueConvertible {
    /// Binds Discord snowflakes as an INTEGER; they stay below 2^63 until the year 2084+, so the
    /// stored value is the same number and range CHECKs and ordering work.
    public var databaseValue: DatabaseValue { .integer(Int64(bitPattern: self)) }
    /// Reads a non-negative INTEGER column.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> UInt64? {
        Int64.fromDatabaseValue(value).flatMap { UInt64(exactly: $0) }
    }
}

extension Bool: DatabaseValueConvertible {
    /// Binds as 0 or 1, matching the schema's boolean CHECKs.
    public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
    /// Reads 0 or 1; any other value is a type mismatch.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Bool? {
        switch value {
        case .integer(0): return false
        case .integer(1): return true
        default: return nil
        }
    }
}

extension Double: DatabaseValueConvertible {
    /// Binds as a REAL.
    public var databaseValue: DatabaseValue { .real(self) }
    /// Reads a REAL column, or an INTEGER one (SQLite stores integral reals as integers).
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Double? {
        switch value {
        case .real(let number): return number
        case .integer(let number): return Double(number)
        default: return nil
        }
    }
}

extension String: DatabaseValueConvertible {
    /// Binds as TEXT.
    public var databaseValue: DatabaseValue { .text(self) }
    /// Reads a TEXT column.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> String? {
        if case .text(let text) = value { return text }
        return nil
    }
}

extension Array: DatabaseValueConvertible where Element == UInt8 {
    /// Binds as a BLOB.
    public var databaseValue: DatabaseValue { .blob(self) }
    /// Reads a BLOB column.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> [UInt8]? {
        if case .blob(let bytes) = value { return bytes }
        return nil
    }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    /// Binds nil as NULL.
    public var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
    /// Reads NULL as nil; any other value must convert to `Wrapped`.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Wrapped?? {
        if case .null = value { return .some(nil) }
        return Wrapped.fromDatabaseValue(value).map { .some($0) }
    }
}
