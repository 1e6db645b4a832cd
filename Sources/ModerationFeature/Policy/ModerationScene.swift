import BotKit
import DiscordModels
import DiscordREST
import FeatureKit

/// The guild as Discord reports it at the moment of an action: roles, owner, the bot and the
/// target. Read fresh for every command, because positions and permissions change in the client.
struct ModerationScene: Sendable {
    /// The guild (roles and owner).
    let guild: Guild
    /// The bot's user, highest role and permissions.
    let bot: BotView

    /// Reads the guild and the bot's member.
    static func load(_ rest: DiscordREST, guildID: Snowflake, botID: Snowflake) async throws -> ModerationScene {
        let guild = try await rest.getGuild(guildID: guildID)
        let botMember = try await rest.getMember(guildID: guildID, userID: botID)
        let scene = ModerationScene(guild: guild, bot: BotView(userID: botID, highestPosition: 0, permissions: []))
        return ModerationScene(guild: guild, bot: BotView(
            userID: botID, highestPosition: scene.highestPosition(botMember.roles),
            permissions: scene.permissions(botMember.roles)))
    }

    /// How the policy sees `member`.
    func view(of member: Member, userID: Snowflake) -> MemberView {
        let isOwner = userID == guild.ownerID
        return MemberView(userID: userID, standing: MemberStanding(
            roleIDs: Set(member.roles),
            isDiscordAdministrator: isOwner || permissions(member.roles).contains(.administrator)),
                          isBot: member.user?.bot ?? false, highestPosition: highestPosition(member.roles),
                          isOwner: isOwner)
    }

    /// A role of the guild.
    func role(_ id: Snowflake) -> Role? { guild.roles.first { $0.id == id } }

    /// The highest position among `roles` (0: @everyone only).
    func highestPosition(_ roles: [Snowflake]) -> Int {
        roles.compactMap { role($0)?.position }.max() ?? 0
    }

    /// @everyone's permissions plus those of `roles`.
    func permissions(_ roles: [Snowflake]) -> Permissions {
        ([guild.id] + roles).compactMap { role($0)?.permissions }.reduce(into: Permissions()) { $0.formUnion($1) }
    }

    /// Refuses `key` unless it is mapped, exists and sits below the bot; returns its id.
    func manageableRole(_ key: GuildRole, mapping: [GuildRole: Snowflake]) throws(ModerationRefusal) -> Snowflake {
        guard let id = mapping[key] else { throw .roleNotConfigured(key) }
        guard let role = role(id), bot.canManage(rolePosition: role.position) else { throw .roleNotManageable(key) }
        return id
    }
}
