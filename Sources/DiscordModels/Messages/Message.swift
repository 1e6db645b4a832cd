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

    /// Decodes tolerantly: absent arrays become empty, unparsable timestamps are dropped.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Snowflake.self, forKey: .id)
        channelID = try container.decode(Snowflake.self, forKey: .channelID)
        guildID = try container.decodeIfPresent(Snowflake.self, forKey: .guildID)
        author = try container.decodeIfPresent(User.self, forKey: .author)
        member = try container.decodeIfPresent(Member.self, forKey: .member)
        content = try container.decodeIfPresent(String.self, forKey: .content) ?? ""
        timestamp = try? container.decodeIfPresent(DiscordTimestamp.self, forKey: .timestamp)
        editedTimestamp = try? container.decodeIfPresent(DiscordTimestamp.self, forKey: .editedTimestamp)
        tts = try container.decodeIfPresent(Bool.self, forKey: .tts)
        mentionEveryone = try container.decodeIfPresent(Bool.self, forKey: .mentionEveryone)
        mentions = try container.decodeIfPresent([User].self, forKey: .mentions) ?? []
        mentionRoles = try container.decodeIfPresent([Snowflake].self, forKey: .mentionRoles) ?? []
        attachments = try container.decodeIfPresent([Attachment].self, forKey: .attachments) ?? []
        embeds = try container.decodeIfPresent([Embed].self, forKey: .embeds) ?? []
        components = try container.decodeIfPresent([Component].self, forKey: .components) ?? []
        flags = try container.decodeIfPresent(MessageFlags.self, forKey: .flags)
        type = try container.decodeIfPresent(Int.self, forKey: .type) ?? 0
        webhookID = try container.decodeIfPresent(Snowflake.self, forKey: .webhookID)
        applicationID = try container.decodeIfPresent(Snowflake.self, forKey: .applicationID)
        messageReference = try container.decodeIfPresent(MessageReference.self, forKey: .messageReference)
        pinned = try container.decodeIfPresent(Bool.self, forKey: .pinned)
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
