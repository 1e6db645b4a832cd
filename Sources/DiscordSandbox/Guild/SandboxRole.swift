import DiscordModels

/// A guild role: its position decides what the bot may grant (the permission hierarchy).
public struct SandboxRole: Sendable, Hashable {
    /// The role's snowflake (the @everyone role shares the guild's id).
    public var id: Snowflake
    /// The role name.
    public var name: String
    /// The permissions the role grants.
    public var permissions: Permissions
    /// The hierarchy position (higher outranks lower).
    public var position: Int
    /// The colour as an RGB integer.
    public var color: Int
    /// Whether members are listed separately.
    public var hoist: Bool
    /// Whether anyone may mention it.
    public var mentionable: Bool
    /// Whether an integration (the bot's own role) manages it.
    public var managed: Bool

    /// Creates a role.
    public init(
        id: Snowflake, name: String, permissions: Permissions = [], position: Int,
        color: Int = 0, hoist: Bool = false, mentionable: Bool = false, managed: Bool = false
    ) {
        self.id = id
        self.name = name
        self.permissions = permissions
        self.position = position
        self.color = color
        self.hoist = hoist
        self.mentionable = mentionable
        self.managed = managed
    }

    /// The role object as Discord sends it.
    var wire: JSONValue {
        .object([
            "id": .id(id), "name": .string(name), "permissions": .string(permissions.description),
            "position": .int(position), "color": .int(color), "hoist": .bool(hoist),
            "mentionable": .bool(mentionable), "managed": .bool(managed), "icon": .null,
            "unicode_emoji": .null, "flags": .int(0),
        ])
    }
}
