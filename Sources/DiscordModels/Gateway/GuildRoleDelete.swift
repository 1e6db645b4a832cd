/// GUILD_ROLE_DELETE.
public struct GuildRoleDelete: Codable, Hashable, Sendable {
    /// The guild.
    public var guildID: Snowflake
    /// The deleted role.
    public var roleID: Snowflake

    /// Creates the event payload.
    public init(guildID: Snowflake, roleID: Snowflake) {
        self.guildID = guildID
        self.roleID = roleID
    }

    enum CodingKeys: String, CodingKey {
        case guildID = "guild_id"
        case roleID = "role_id"
    }
}
