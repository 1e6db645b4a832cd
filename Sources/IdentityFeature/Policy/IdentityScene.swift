import BotKit
import DiscordModels
import DiscordREST

/// The guild as Discord reports it at the moment of an identity command: roles, owner and the
/// bot's highest role and permissions. Read fresh for every command, because positions change in
/// the client. Every judgement is `RoleHierarchy`'s; this only gathers what it judges.
struct IdentityScene: Sendable {
    /// The guild (roles and owner).
    let guild: Guild
    /// The bot's highest role position.
    let botPosition: Int
    /// The bot's guild permissions.
    let botPermissions: Permissions

    /// Reads the guild and the bot's member.
    static func load(_ rest: DiscordREST, guildID: Snowflake, botID: Snowflake) async throws -> IdentityScene {
        let guild = try await rest.getGuild(guildID: guildID)
        let bot = try await rest.getMember(guildID: guildID, userID: botID)
        let bare = IdentityScene(guild: guild, botPosition: 0, botPermissions: [])
        return IdentityScene(guild: guild, botPosition: bare.highestPosition(bot.roles), botPermissions: bare.permissions(bot.roles))
    }

    /// How the hierarchy sees `member`: the owner counts as a Discord Administrator.
    func standing(of member: Member, userID: Snowflake) -> MemberStanding {
        MemberStanding(roleIDs: Set(member.roles),
                       isDiscordAdministrator: userID == guild.ownerID || permissions(member.roles).contains(.administrator))
    }

    /// Whether the bot may change `member`'s roles and nickname: not the owner, strictly below the bot.
    func botOutranks(_ member: Member, userID: Snowflake) -> Bool {
        userID != guild.ownerID && RoleHierarchy.botCanManage(
            targetPosition: highestPosition(member.roles), botHighestPosition: botPosition, botHasManageRoles: true)
    }

    /// Refuses `key` unless it is mapped, exists and sits below the bot; returns its id.
    func manageableRole(_ key: GuildRole, mapping: [GuildRole: Snowflake]) throws(IdentityRefusal) -> Snowflake {
        guard let id = mapping[key] else { throw .roleNotConfigured(key) }
        let hasManageRoles = botPermissions.contains(.administrator) || botPermissions.contains(.manageRoles)
        guard let role = guild.roles.first(where: { $0.id == id }),
              RoleHierarchy.botCanManage(targetPosition: role.position, botHighestPosition: botPosition,
                                         botHasManageRoles: hasManageRoles) else { throw .roleNotManageable(key) }
        return id
    }

    /// The highest position among `roles` (0: @everyone only).
    func highestPosition(_ roles: [Snowflake]) -> Int {
        roles.compactMap { id in guild.roles.first { $0.id == id }?.position }.max() ?? 0
    }

    /// @everyone's permissions plus those of `roles`.
    func permissions(_ roles: [Snowflake]) -> Permissions {
        ([guild.id] + roles).compactMap { id in guild.roles.first { $0.id == id }?.permissions }
            .reduce(into: Permissions()) { $0.formUnion($1) }
    }
}
