/// A guild as delivered by GUILD_CREATE (with members, channels and threads) or REST (without).
public struct Guild: Codable, Hashable, Sendable {
    /// The guild's id (also the @everyone role's id).
    public var id: Snowflake
    /// Guild name.
    public var name: String
    /// Icon hash.
    public var icon: String?
    /// The owner's user id (the owner is above every role).
    public var ownerID: Snowflake
    /// All roles.
    public var roles: [Role]
    /// Custom emojis.
    public var emojis: [Emoji]?
    /// Enabled feature strings.
    public var features: [String]?
    /// Where system messages go.
    public var systemChannelID: Snowflake?
    /// Preferred locale, e.g. "en-US".
    public var preferredLocale: String?
    /// GUILD_CREATE: when the bot joined.
    public var joinedAt: DiscordTimestamp?
    /// GUILD_CREATE: more members than the large threshold.
    public var large: Bool?
    /// GUILD_CREATE: true during an outage.
    public var unavailable: Bool?
    /// GUILD_CREATE: total members.
    public var memberCount: Int?
    /// GUILD_CREATE: some members (the bot itself at least).
    public var members: [Member]?
    /// GUILD_CREATE: all channels.
    public var channels: [Channel]?
    /// GUILD_CREATE: active threads the bot can see.
    public var threads: [Channel]?

    /// Creates a guild, e.g. for the sandbox or tests.
    public init(id: Snowflake, name: String, ownerID: Snowflake, roles: [Role], channels: [Channel]? = nil,
                members: [Member]? = nil, threads: [Channel]? = nil, memberCount: Int? = nil) {
        self.id = id
        self.name = name
        self.ownerID = ownerID
        self.roles = roles
        self.channels = channels
        self.members = members
        self.threads = threads
        self.memberCount = memberCount
        self.emojis = []
        self.features = []
    }

    /// Decodes tolerantly: id, name and owner are required; lists drop elements that do not decode,
    /// so one odd channel or member never loses the whole GUILD_CREATE.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Snowflake.self, forKey: .id)
        name = container.soft(String.self, forKey: .name) ?? ""
        icon = container.soft(String.self, forKey: .icon)
        ownerID = try container.decode(Snowflake.self, forKey: .ownerID)
        roles = container.lossy([Role].self, forKey: .roles) ?? []
        emojis = container.lossy([Emoji].self, forKey: .emojis)
        features = container.lossy([String].self, forKey: .features)
        systemChannelID = container.soft(Snowflake.self, forKey: .systemChannelID)
        preferredLocale = container.soft(String.self, forKey: .preferredLocale)
        joinedAt = container.soft(DiscordTimestamp.self, forKey: .joinedAt)
        large = container.soft(Bool.self, forKey: .large)
        unavailable = container.soft(Bool.self, forKey: .unavailable)
        memberCount = container.soft(Int.self, forKey: .memberCount)
        members = container.lossy([Member].self, forKey: .members)
        channels = container.lossy([Channel].self, forKey: .channels)
        threads = container.lossy([Channel].self, forKey: .threads)
    }

    enum CodingKeys: String, CodingKey {
        case id, name, icon, roles, emojis, features, large, unavailable, members, channels, threads
        case ownerID = "owner_id"
        case systemChannelID = "system_channel_id"
        case preferredLocale = "preferred_locale"
        case joinedAt = "joined_at"
        case memberCount = "member_count"
    }
}
