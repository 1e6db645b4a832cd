/// MESSAGE_DELETE_BULK.
public struct MessageDeleteBulk: Codable, Hashable, Sendable {
    /// The deleted messages.
    public var ids: [Snowflake]
    /// Their channel.
    public var channelID: Snowflake
    /// Their guild.
    public var guildID: Snowflake?

    /// Creates the event payload.
    public init(ids: [Snowflake], channelID: Snowflake, guildID: Snowflake? = nil) {
        self.ids = ids
        self.channelID = channelID
        self.guildID = guildID
    }

    enum CodingKeys: String, CodingKey {
        case ids
        case channelID = "channel_id"
        case guildID = "guild_id"
    }
}
