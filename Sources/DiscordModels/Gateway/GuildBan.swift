/// GUILD_BAN_ADD / GUILD_BAN_REMOVE.
public struct GuildBan: Codable, Hashable, Sendable {
    /// The guild.
    public var guildID: Snowflake
    /// The (un)banned user.
    public var user: User

    /// Creates the event payload.
    public init(guildID: Snowflake, user: User) {
        self.guildID = guildID
        self.user = user
    }

    enum CodingKeys: String, CodingKey {
        case user
        case guildID = "guild_id"
    }
}
