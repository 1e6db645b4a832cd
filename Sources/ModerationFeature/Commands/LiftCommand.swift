import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/unsuspend` and `/unmute` (§1.2): the member's most recent suspension or mute in force is
/// removed, and its role taken through the outbox in the same transaction, so it is never lost.
enum LiftCommand {
    /// `/unsuspend member reason`.
    static let unsuspend = CommandDeclaration(
        name: "unsuspend", description: "Lift a member's active suspension",
        options: [ModerationDeclarations.member(), ModerationDeclarations.reason()],
        gate: ModerationPolicy.gate("unsuspend"), deferStyle: .publicReply,
        usage: "/unsuspend member:<@member> reason:<text>")

    /// `/unmute member reason`.
    static let unmute = CommandDeclaration(
        name: "unmute", description: "Lift a member's active mute",
        options: [ModerationDeclarations.member(), ModerationDeclarations.reason()],
        gate: ModerationPolicy.gate("unmute"), deferStyle: .publicReply,
        usage: "/unmute member:<@member> reason:<text>")

    /// Runs `/unsuspend` (`.suspend`) or `/unmute` (`.mute`).
    static func handle(_ kind: PunishmentKind, _ context: InteractionContext, _ services: ModerationServices) async throws {
        let options = ModerationOptions(context: context)
        let userID = try options.user(), reason = try options.reason()
        let command = kind == .suspend ? "unsuspend" : "unmute"
        let target = try await Targeting.resolve(command, userID: userID, context, services)
        let member = MemberID(userID.rawValue)
        guard let current = try await services.store.inForce(kind, of: member, now: services.now()) else {
            throw ModerationRefusal.nothingToLift(kind: kind.noun.lowercased())
        }
        var role: Snowflake?
        if let key = kind.role { role = try target.scene.manageableRole(key, mapping: try await services.roles()) }
        let dmSent = await services.directMessage(userID, RemovalViews.directMessage(
            .punishment(current), guildName: target.scene.guild.name, reason: reason))
        guard let lifted = try await services.store.lift(kind, of: member, by: options.actor, reason: reason, role: role,
                                                         now: services.now()) else {
            throw ModerationRefusal.nothingToLift(kind: kind.noun.lowercased())
        }
        services.environment.outbox.nudge()
        let embed = RemovalViews.removed(.punishment(lifted), by: options.actor, reason: reason, dmSent: dmSent)
        try await context.reply(Reply(embeds: [embed]))
        await services.punishmentLog(embed)
    }
}
