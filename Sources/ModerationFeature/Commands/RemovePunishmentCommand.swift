import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/removepunishment id reason` (§1.2, §6.3): a punishment of this server is marked removed (its
/// role taken through the outbox), a note is deleted; the member is DMed.
enum RemovePunishmentCommand {
    /// The declaration: the id is exactly 24 characters.
    static let declaration = CommandDeclaration(
        name: "removepunishment", description: "Remove a punishment or note by its id",
        options: [
            ApplicationCommandOption(type: .string, name: "id", description: "The 24-character punishment or note id",
                                     required: true, minLength: 24, maxLength: 24),
            ModerationDeclarations.reason(),
        ],
        gate: ModerationPolicy.gate("removepunishment"), deferStyle: .publicReply,
        usage: "/removepunishment id:<24 hex> reason:<text>")

    /// Runs `/removepunishment`.
    static func handle(_ context: InteractionContext, _ services: ModerationServices) async throws {
        let options = ModerationOptions(context: context)
        let raw = context.commandData?.value(of: "id")?.stringValue ?? ""
        guard let id = PunishmentID.parse(raw) else { throw ModerationRefusal.malformedID(raw) }
        let reason = try options.reason()
        let roles = try await services.roles()
        let removed = try await services.store.removeRecord(id, by: options.actor, reason: reason, roles: roles,
                                                            now: services.now()).get()
        services.environment.outbox.nudge()
        let guildName = (try? await services.rest.getGuild(guildID: services.guildID).name) ?? "the server"
        let dmSent = await services.directMessage(Snowflake(removed.userID), RemovalViews.directMessage(
            removed, guildName: guildName, reason: reason))
        let embed = RemovalViews.removed(removed, by: options.actor, reason: reason, dmSent: dmSent)
        try await context.reply(Reply(embeds: [embed]))
        await services.punishmentLog(embed)
    }
}
