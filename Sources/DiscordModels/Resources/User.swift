/// A Discord user account (a person or a bot), as embedded in members, messages and interactions.
public struct User: Codable, Hashable, Sendable {
    /// The user's id.
    public var id: Snowflake
    /// The unique username.
    public var username: String
    /// Legacy "#1234" discriminator ("0" for migrated users).
    public var discriminator: String?
    /// The display name, when set.
    public var globalName: String?
    /// Avatar hash.
    public var avatar: String?
    /// True for bot accounts.
    public var bot: Bool?
    /// True for Discord's system user.
    public var system: Bool?
    /// Public account flags.
    public var publicFlags: Int?

    /// Creates a user, e.g. for the sandbox or tests.
    public init(id: Snowflake, username: String, discriminator: String? = "0", globalName: String? = nil,
                avatar: String? = nil, bot: Bool? = nil, system: Bool? = nil, publicFlags: Int? = nil) {
        self.id = id
        self.username = username
        self.discriminator = discriminator
        self.globalName = globalName
        self.avatar = avatar
        self.bot = bot
        self.system = system
        self.publicFlags = publicFlags
    }

    /// Decodes tolerantly: only id and username are required; malformed extras are dropped.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Snowflake.self, forKey: .id)
        username = container.soft(String.self, forKey: .username) ?? ""
        discriminator = container.soft(String.self, forKey: .discriminator)
        globalName = container.soft(String.self, forKey: .globalName)
        avatar = container.soft(String.self, forKey: .avatar)
        bot = container.soft(Bool.self, forKey: .bot)
        system = container.soft(Bool.self, forKey: .system)
        publicFlags = container.soft(Int.self, forKey: .publicFlags)
    }

    /// The name shown in the client: the display name, else the username.
    public var displayName: String { globalName ?? username }

    enum CodingKeys: String, CodingKey {
        case id, username, discriminator, avatar, bot, system
        case globalName = "global_name"
        case publicFlags = "public_flags"
    }
}
