/// A reply/forward pointer to another message.
public struct MessageReference: Codable, Hashable, Sendable {
    /// 0 reply (default), 1 forward.
    public var type: Int?
    /// The referenced message.
    public var messageID: Snowflake?
    /// Its channel.
    public var channelID: Snowflake?
    /// Its guild.
    public var guildID: Snowflake?
    /// Fail (true) or send as a plain message (false) when the referenced message is gone.
    public var failIfNotExists: Bool?

    /// A reply to `messageID`.
    public init(messageID: Snowflake, channelID: Snowflake? = nil, guildID: Snowflake? = nil, failIfNotExists: Bool? = false) {
        self.messageID = messageID
        self.channelID = channelID
        self.guildID = guildID
        self.failIfNotExists = failIfNotExists
    }

    enum CodingKeys: String, CodingKey {
        case type
        case messageID = "message_id"
        case channelID = "channel_id"
        case guildID = "guild_id"
        case failIfNotExists = "fail_if_not_exists"
    }
}
