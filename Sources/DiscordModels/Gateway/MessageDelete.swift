/// MESSAGE_DELETE: e.g. a raid panel removed by hand.
public struct MessageDelete: Codable, Hashable, Sendable {
    /// The deleted message.
    public var id: Snowflake
    /// Its channel.
    public var channelID: Snowflake
    /// Its guild.
    public var guildID: Snowflake?

    /// Creates the event payload.
    public init(id: Snowflake, channelID: Snowflake, guildID: Snowflake? = nil) {
        self.id = id
        self.channelID = channelID
        self.guildID = guildID
    }

    enum CodingKeys: String, CodingKey {
        case id
        case channelID = "channel_id"
        case guildID = "guild_id"
    }
}
