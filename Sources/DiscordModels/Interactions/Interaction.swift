/// An interaction (INTERACTION_CREATE): a command, click, select, autocomplete or modal submit,
/// which must be acknowledged within 3 s through its `id` and `token`.
public struct Interaction: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The interaction's id (path parameter of the callback).
    public var id: Snowflake
    /// The bot's application id (webhook id of follow-ups).
    public var applicationID: Snowflake
    /// What kind of interaction.
    public var type: InteractionType
    /// The command, component or modal payload (absent for ping).
    public var data: InteractionData?
    /// The guild it happened in (absent in DMs).
    public var guildID: Snowflake?
    /// Partial channel it happened in.
    public var channel: Channel?
    /// The channel's id.
    public var channelID: Snowflake?
    /// The invoking member with `permissions` (guilds only).
    public var member: Member?
    /// The invoking user (DMs only; in guilds use `member.user`).
    public var user: User?
    /// Continuation token, valid 15 minutes (secret-ish: never log it).
    public var token: String
    /// Always 1.
    public var version: Int
    /// For component interactions: the message the component is on.
    public var message: Message?
    /// The bot's permissions in the channel.
    public var appPermissions: Permissions?
    /// The invoking user's client locale.
    public var locale: String?
    /// The guild's preferred locale.
    public var guildLocale: String?
    /// 0 guild, 1 bot DM, 2 private channel.
    public var context: Int?

    /// Creates an interaction, e.g. in the sandbox.
    public init(id: Snowflake, applicationID: Snowflake, type: InteractionType, data: InteractionData?,
                guildID: Snowflake?, channelID: Snowflake?, member: Member?, user: User? = nil, token: String,
                message: Message? = nil, appPermissions: Permissions? = nil, locale: String? = "en-US") {
        self.id = id
        self.applicationID = applicationID
        self.type = type
        self.data = data
        self.guildID = guildID
        self.channelID = channelID
        self.member = member
        self.user = user
        self.token = token
        self.version = 1
        self.message = message
        self.appPermissions = appPermissions
        self.locale = locale
    }

    /// Decodes `data` according to `type`; data that does not match its type becomes `.unknown`.
    /// Only id, application id, type and token are required: everything else is dropped when
    /// malformed, because an interaction that cannot be decoded cannot be acknowledged in 3 s.
    /// A malformed `member` or `app_permissions` reads as absent, so authorization fails closed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Snowflake.self, forKey: .id)
        applicationID = try container.decode(Snowflake.self, forKey: .applicationID)
        type = try container.decode(InteractionType.self, forKey: .type)
        token = try container.decode(String.self, forKey: .token)
        data = try InteractionData.decode(for: type, from: container, forKey: .data)
        guildID = container.soft(Snowflake.self, forKey: .guildID)
        channel = container.soft(Channel.self, forKey: .channel)
        channelID = container.soft(Snowflake.self, forKey: .channelID)
        member = container.soft(Member.self, forKey: .member)
        user = container.soft(User.self, forKey: .user)
        version = container.soft(Int.self, forKey: .version) ?? 1
        message = container.soft(Message.self, forKey: .message)
        appPermissions = container.soft(Permissions.self, forKey: .appPermissions)
        locale = container.soft(String.self, forKey: .locale)
        guildLocale = container.soft(String.self, forKey: .guildLocale)
        context = container.soft(Int.self, forKey: .context)
    }

    /// A log-safe summary: the continuation token is left out.
    public var description: String {
        "Interaction(id: \(id), type: \(type.rawValue), guild: \(guildID.map(String.init(describing:)) ?? "-"), "
            + "channel: \(channelID.map(String.init(describing:)) ?? "-"), user: \(invoker.map { String(describing: $0.id) } ?? "-"))"
    }

    /// The invoking user, from `member.user` in guilds or `user` in DMs.
    public var invoker: User? { member?.user ?? user }

    enum CodingKeys: String, CodingKey {
        case id, type, data, channel, member, user, token, version, message, locale, context
        case applicationID = "application_id"
        case guildID = "guild_id"
        case channelID = "channel_id"
        case appPermissions = "app_permissions"
        case guildLocale = "guild_locale"
    }
}
