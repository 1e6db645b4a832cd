import BotKit
import DiscordModels
import DiscordREST
import FeatureKit
import RaidDomain

/// `/addrole member role` (§1.3): promotes to Organizer or Security. The invoker must hold a rank
/// strictly above the chosen one (Discord Administrators always do) and outrank the member; the
/// role must be mapped and below the bot. Announced in staff_updates; nothing stored.
enum AddRoleCommand {
    /// The roles `/addrole` can give.
    static let grantable: [GuildRole] = [.organizer, .security]

    /// The declaration: the role is a fixed choice.
    static let declaration = CommandDeclaration(
        name: "addrole", description: "Promote a member to Organizer or Security",
        options: [
            ModerationDeclarations.member(),
            ApplicationCommandOption(type: .string, name: "role", description: "The role to give", required: true,
                                     choices: grantable.map { ApplicationCommandOptionChoice(name: $0.displayName,
                                                                                              value: .string($0.rawValue)) }),
        ],
        gate: ModerationPolicy.gate("addrole"), deferStyle: .publicReply, usage: "/addrole member:<@member> role:<organizer|security>")

    /// Runs `/addrole`.
    static func handle(_ context: InteractionContext, _ services: ModerationServices) async throws {
        let userID = try ModerationOptions(context: context).user()
        guard let role = GuildRole(rawValue: context.commandData?.value(of: "role")?.stringValue ?? ""),
              grantable.contains(role), let rank = role.rank else {
            throw ModerationRefusal.input(.textMissing(field: "Role (organizer or security)"))
        }
        let above = GuildRole.ranks[rank + 1]
        guard RoleHierarchy.authorize(context.standing, requires: above, mapping: try await services.rankMapping()).isGranted
        else { throw ModerationRefusal.roleAboveInvoker(role) }
        let target = try await Targeting.resolve("addrole", userID: userID, context, services)
        let roleID = try target.scene.manageableRole(role, mapping: try await services.roles())
        do {
            try await services.rest.addMemberRole(guildID: services.guildID, userID: userID, roleID: roleID,
                                                  reason: "Promoted to \(role.displayName) by \(context.userID)")
        } catch is RESTError {
            throw ModerationRefusal.actionFailed("give the \(role.displayName) role")
        }
        let announcement = await LogChannels(services.environment).post(
            Embed(description: "<@\(userID)> has been promoted to **\(role.displayName)**!", color: EmbedColor.success),
            to: .staffUpdates)
        let link = announcement.map { " https://discord.com/channels/\(services.guildID)/\($0.channelID)/\($0.id)" } ?? ""
        try await context.reply(.text("✅ \(target.mention) is now **\(role.displayName)**.\(link)"))
    }
}
