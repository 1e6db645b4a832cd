import DiscordModels
import Storage

/// Snowflakes bind and read as SQLite INTEGERs (the same number: ids stay below 2^63).
extension Snowflake: DatabaseValueConvertible {
    /// Binds as the INTEGER id.
    public var databaseValue: DatabaseValue { rawValue.databaseValue }
    /// Reads a non-negative INTEGER column.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Snowflake? {
        UInt64.fromDatabaseValue(value).map(Snowflake.init(rawValue:))
    }
}
