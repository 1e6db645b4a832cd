/// A message as Discord returns it (REST responses, MESSAGE_CREATE/UPDATE, interaction `message`).
/// Only `id` and `channel_id` are required so partial updates still decode.
public struct Message: Codable, Hashable, Sendable {
    /// The message's id.
    public var id: Snowflake
    /// Where it was posted.
    public var channelID: Snowflake
    /// The guild, in gateway events for guild messages (absent for DMs).
    public var guildID: Snowflake?
    /// Who sent it (a webhook user for webhook messages).
    public var author: User?
    /// The author's partial member (no `user`), in guild MESSAGE_CREATE.
    public var member: Member?
    /// Text (empty without MESSAGE_CONTENT in guilds, except DMs and mentions).
    public var content: String
    /// When it was sent.
    public var timestamp: DiscordTimestamp?
    /// When it was last edited.
    public var editedTimestamp: DiscordTimestamp?
    /// Text-to-speech.
    public var tts: Bool?
    /// Mentions @everyone.
    public var mentionEveryone: Bool?
    /// Users mentioned.
    public var mentions: [User]
    /// Roles mentioned.
    public var mentionRoles: [Snowflake]
    /// Attached files.
    public var attachments: [Attachment]
    /// Embeds.
    public var embeds: [Embed]
    /// Components.
    public var components: [Component]
    /// Message flags.
    public var flags: MessageFlags?
    /// Message type (0 default, 19 reply, 20 chat input command, …).
    public var type: Int
    /// Set when a webhook (or interaction follow-up) sent it.
    public var webhookID: Snowflake?
    /// Set for interaction responses.
    public var applicationID: Snowflake?
    /// What this replies to or forwards.
    public var messageReference: MessageReference?
    /// Pinned in the channel.
    public var pinned: Bool?

    /// Creates a message, e.g. for the sandbox or tests.
    public init(id: Snowflake, channelID: Snowflake, guildID: Snowflake? = nil, author: User?, content: String = "",
                timestamp: DiscordTimestamp? = nil, embeds: [Embed] = [], components: [Component] = [],
                flags: MessageFlags? = nil, type: Int = 0, webhookID: Snowflake? = nil) {
        self.id = id
        self.channelID = channelID
        self.guildID = guildID
        self.author = author
        self.content = content
        self.timestamp = timestamp
        self.embeds = embeds
        self.components = components
        self.flags = flags
        self.type = type
        self.webhookID = webhookID
        self.mentions = []
        self.mentionRoles = []
        self.attachments = []
    }

    /// Decodes tolerantly: only id and channel id are required; malformed extras are dropped and
    /// lists drop elements that do not decode.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Snowflake.self, forKey: .id)
        channelID = try container.decode(Snowflake.self, forKey: .channelID)
        guildID = container.soft(Snowflake.self, forKey: .guildID)
        author = container.soft(User.self, forKey: .author)
        member = container.soft(Member.self, forKey: .member)
        content = container.soft(String.self, forKey: .content) ?? ""
        timestamp = container.soft(DiscordTimestamp.self, forKey: .timestamp)
        editedTimestamp = container.soft(DiscordTimestamp.self, forKey: .editedTimestamp)
        tts = container.soft(Bool.self, forKey: .tts)
        mentionEveryone = container.soft(Bool.self, forKey: .mentionEveryone)
        mentions = container.lossy([User].self, forKey: .mentions) ?? []
        mentionRoles = container.lossy([Snowflake].self, forKey: .mentionRoles) ?? []
        attachments = container.lossy([Attachment].self, forKey: .attachments) ?? []
        embeds = container.lossy([Embed].self, forKey: .embeds) ?? []
        components = container.lossy([Component].self, forKey: .components) ?? []
        flags = container.soft(MessageFlags.self, forKey: .flags)
        type = container.soft(Int.self, forKey: .type) ?? 0
        webhookID = container.soft(Snowflake.self, forKey: .webhookID)
        applicationID = container.soft(Snowflake.self, forKey: .applicationID)
        messageReference = container.soft(MessageReference.self, forKey: .messageReference)
        pinned = container.soft(Bool.self, forKey: .pinned)
    }

    enum CodingKeys: String, CodingKey {
        case id, author, member, content, timestamp, tts, mentions, attachments, embeds, components, flags, type, pinned
        case channelID = "channel_id"
        case guildID = "guild_id"
        case editedTimestamp = "edited_timestamp"
        case mentionEveryone = "mention_everyone"
        case mentionRoles = "mention_roles"
        case webhookID = "webhook_id"
        case applicationID = "application_id"
        case messageReference = "message_reference"
    }
}
