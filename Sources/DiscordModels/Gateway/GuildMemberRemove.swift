/// GUILD_MEMBER_REMOVE: a user left or was removed.
public struct GuildMemberRemove: Codable, Hashable, Sendable {
    /// The guild.
    public var guildID: Snowflake
    /// The user who left.
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
