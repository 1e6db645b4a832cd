/// An explicit allow/deny for one role or member on one channel.
public struct PermissionOverwrite: Codable, Hashable, Sendable {
    /// Role or user id.
    public var id: Snowflake
    /// 0 = role, 1 = member.
    public var type: Int
    /// Permissions granted.
    public var allow: Permissions
    /// Permissions denied.
    public var deny: Permissions

    /// Creates an overwrite.
    public init(id: Snowflake, type: Int, allow: Permissions, deny: Permissions) {
        self.id = id
        self.type = type
        self.allow = allow
        self.deny = deny
    }
}
