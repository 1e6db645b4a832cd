/// GUILD_ROLE_CREATE / GUILD_ROLE_UPDATE.
public struct GuildRoleEvent: Codable, Hashable, Sendable {
    /// The guild.
    public var guildID: Snowflake
    /// The role as it now is.
    public var role: Role

    /// Creates the event payload.
    public init(guildID: Snowflake, role: Role) {
        self.guildID = guildID
        self.role = role
    }

    enum CodingKeys: String, CodingKey {
        case role
        case guildID = "guild_id"
    }
}
