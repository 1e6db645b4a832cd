/// A Discord user's snowflake as the raid rules see it; a distinct type so a run id or a role id can
/// never be passed where a member is meant (64 bits: a 32-bit `Int` on a Pi is too small).
public struct MemberID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The snowflake value.
    public let rawValue: UInt64

    /// Wraps a snowflake.
    public init(_ rawValue: UInt64) { self.rawValue = rawValue }

    /// Orders by snowflake, which is creation order.
    public static func < (lhs: MemberID, rhs: MemberID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The decimal snowflake, as Discord and the quota subject ids write it.
    public var description: String { String(rawValue) }
}

/// A Discord role's snowflake as the quota rules see it.
public struct RoleID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The snowflake value.
    public let rawValue: UInt64

    /// Wraps a snowflake.
    public init(_ rawValue: UInt64) { self.rawValue = rawValue }

    /// Ascending role id is the incumbent's tie-break when role positions are unknown (§5.3).
    public static func < (lhs: RoleID, rhs: RoleID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The decimal snowflake.
    public var description: String { String(rawValue) }
}

/// The database id of a run; distinct so it is never confused with a snowflake.
public struct RunID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The row id.
    public let rawValue: Int64

    /// Wraps a row id.
    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    /// Orders by row id.
    public static func < (lhs: RunID, rhs: RunID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The decimal id, as quota subject ids write it.
    public var description: String { String(rawValue) }
}
