/// A source row that breaks one of raidbot's constraints: which table, which row, and why.
public struct InvalidRow: Sendable, Hashable, CustomStringConvertible {
    /// The table.
    public let table: String
    /// The row's key, e.g. `guild_id=1, user_id=2`.
    public let key: String
    /// SQLite's constraint message (or the conversion that failed).
    public let reason: String

    /// `table (key): reason`.
    public var description: String { "\(table) (\(key)): \(reason)" }
}
