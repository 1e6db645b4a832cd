import DiscordModels

/// Which Discord role stands for each guild role in this guild (`/setroles`); unmapped roles are absent.
public struct RoleMapping: Hashable, Sendable {
    /// Discord role per rank.
    public var roles: [GuildRole: Snowflake]

    /// Creates a mapping.
    public init(_ roles: [GuildRole: Snowflake] = [:]) { self.roles = roles }

    /// The Discord role of `rank`, if mapped.
    public subscript(role: GuildRole) -> Snowflake? { roles[role] }
}

/// Supplies the guild's current mapping (Features reads it from SQLite).
public protocol RoleMappingSource: Sendable {
    /// The mapping of `guildID`; an empty mapping denies everyone but Discord administrators.
    func roleMapping(guildID: Snowflake) async throws -> RoleMapping
}

/// What the hierarchy needs to know about a member: their Discord roles and guild permissions.
public struct MemberStanding: Hashable, Sendable {
    /// Discord roles the member holds.
    public var roleIDs: Set<Snowflake>
    /// True when the member has Discord's Administrator permission (or owns the guild).
    public var isDiscordAdministrator: Bool

    /// Creates a standing.
    public init(roleIDs: Set<Snowflake>, isDiscordAdministrator: Bool) {
        self.roleIDs = roleIDs
        self.isDiscordAdministrator = isDiscordAdministrator
    }

    /// The standing of an interaction's member (roles and resolved `permissions`).
    public init(member: Member) {
        self.init(roleIDs: Set(member.roles),
                  isDiscordAdministrator: member.permissions?.contains(.administrator) ?? false)
    }
}
