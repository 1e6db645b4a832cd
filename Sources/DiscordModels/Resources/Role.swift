/// A guild role: the unit of permission and of the hierarchy the bot must respect.
public struct Role: Codable, Hashable, Sendable {
    /// The role's id (the @everyone role shares the guild's id).
    public var id: Snowflake
    /// The role name.
    public var name: String
    /// RGB colour as an integer (0 = none).
    public var color: Int
    /// Shown separately in the member list.
    public var hoist: Bool
    /// Role icon hash.
    public var icon: String?
    /// Unicode emoji shown as the icon.
    public var unicodeEmoji: String?
    /// Position in the hierarchy; higher is more powerful.
    public var position: Int
    /// Guild-wide permissions granted.
    public var permissions: Permissions
    /// Managed by an integration (cannot be assigned).
    public var managed: Bool
    /// Anyone may mention it.
    public var mentionable: Bool
    /// Role flags bitset.
    public var flags: Int?
    /// Bot/integration/booster tags, passed through.
    public var tags: JSONValue?

    /// Creates a role, e.g. for the sandbox or tests.
    public init(id: Snowflake, name: String, color: Int = 0, hoist: Bool = false, position: Int,
                permissions: Permissions = [], managed: Bool = false, mentionable: Bool = false, flags: Int? = 0) {
        self.id = id
        self.name = name
        self.color = color
        self.hoist = hoist
        self.position = position
        self.permissions = permissions
        self.managed = managed
        self.mentionable = mentionable
        self.flags = flags
    }

    /// Decodes tolerantly: only the id is required; a malformed position or permission set reads as
    /// 0 / none (fails closed), so a field changing type cannot break GUILD_CREATE.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Snowflake.self, forKey: .id)
        name = container.soft(String.self, forKey: .name) ?? ""
        position = container.soft(Int.self, forKey: .position) ?? 0
        permissions = container.soft(Permissions.self, forKey: .permissions) ?? []
        color = container.soft(Int.self, forKey: .color) ?? 0
        hoist = container.soft(Bool.self, forKey: .hoist) ?? false
        icon = container.soft(String.self, forKey: .icon)
        unicodeEmoji = container.soft(String.self, forKey: .unicodeEmoji)
        managed = container.soft(Bool.self, forKey: .managed) ?? false
        mentionable = container.soft(Bool.self, forKey: .mentionable) ?? false
        flags = container.soft(Int.self, forKey: .flags)
        tags = container.soft(JSONValue.self, forKey: .tags)
    }

    enum CodingKeys: String, CodingKey {
        case id, name, color, hoist, icon, position, permissions, managed, mentionable, flags, tags
        case unicodeEmoji = "unicode_emoji"
    }
}
