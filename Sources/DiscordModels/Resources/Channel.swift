/// A guild channel, thread or DM channel. Partial channels (interaction `channel`, `resolved`)
/// carry only some fields, so almost everything is optional.
public struct Channel: Codable, Hashable, Sendable {
    /// The channel's id.
    public var id: Snowflake
    /// Its kind.
    public var type: ChannelType
    /// Owning guild (absent for DMs and in some dispatches).
    public var guildID: Snowflake?
    /// Sorting position.
    public var position: Int?
    /// Per-role/member permission overwrites.
    public var permissionOverwrites: [PermissionOverwrite]?
    /// Channel name (absent for DMs).
    public var name: String?
    /// Channel topic.
    public var topic: String?
    /// Age-restricted.
    public var nsfw: Bool?
    /// Id of the latest message.
    public var lastMessageID: Snowflake?
    /// Slowmode in seconds.
    public var rateLimitPerUser: Int?
    /// DM recipients.
    public var recipients: [User]?
    /// Thread creator or group-DM owner.
    public var ownerID: Snowflake?
    /// Category for a channel; parent channel for a thread.
    public var parentID: Snowflake?
    /// Thread-only state (archived, locked, …).
    public var threadMetadata: ThreadMetadata?
    /// Approximate members in a thread.
    public var memberCount: Int?
    /// Approximate messages in a thread.
    public var messageCount: Int?
    /// Channel flags bitset.
    public var flags: Int?
    /// The requesting member's permissions (interaction `resolved` channels only).
    public var permissions: Permissions?

    /// Creates a channel, e.g. for the sandbox or tests.
    public init(id: Snowflake, type: ChannelType, guildID: Snowflake? = nil, name: String? = nil,
                position: Int? = nil, parentID: Snowflake? = nil, topic: String? = nil,
                recipients: [User]? = nil, threadMetadata: ThreadMetadata? = nil) {
        self.id = id
        self.type = type
        self.guildID = guildID
        self.name = name
        self.position = position
        self.parentID = parentID
        self.topic = topic
        self.recipients = recipients
        self.threadMetadata = threadMetadata
    }

    /// Decodes tolerantly: only id and type are required; malformed extras are dropped.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Snowflake.self, forKey: .id)
        type = try container.decode(ChannelType.self, forKey: .type)
        guildID = container.soft(Snowflake.self, forKey: .guildID)
        position = container.soft(Int.self, forKey: .position)
        permissionOverwrites = container.lossy([PermissionOverwrite].self, forKey: .permissionOverwrites)
        name = container.soft(String.self, forKey: .name)
        topic = container.soft(String.self, forKey: .topic)
        nsfw = container.soft(Bool.self, forKey: .nsfw)
        lastMessageID = container.soft(Snowflake.self, forKey: .lastMessageID)
        rateLimitPerUser = container.soft(Int.self, forKey: .rateLimitPerUser)
        recipients = container.lossy([User].self, forKey: .recipients)
        ownerID = container.soft(Snowflake.self, forKey: .ownerID)
        parentID = container.soft(Snowflake.self, forKey: .parentID)
        threadMetadata = container.soft(ThreadMetadata.self, forKey: .threadMetadata)
        memberCount = container.soft(Int.self, forKey: .memberCount)
        messageCount = container.soft(Int.self, forKey: .messageCount)
        flags = container.soft(Int.self, forKey: .flags)
        permissions = container.soft(Permissions.self, forKey: .permissions)
    }

    enum CodingKeys: String, CodingKey {
        case id, type, position, name, topic, nsfw, recipients, flags, permissions
        case guildID = "guild_id"
        case permissionOverwrites = "permission_overwrites"
        case lastMessageID = "last_message_id"
        case rateLimitPerUser = "rate_limit_per_user"
        case ownerID = "owner_id"
        case parentID = "parent_id"
        case threadMetadata = "thread_metadata"
        case memberCount = "member_count"
        case messageCount = "message_count"
    }
}
