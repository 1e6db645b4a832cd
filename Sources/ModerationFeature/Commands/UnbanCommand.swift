import BotKit
import DiscordModels
import DiscordREST
import FeatureKit
import RaidDomain

/// `/unban user_id reason` (§1.3): the ban must exist (10026 → "User Not Banned"), then it is lifted
/// with the reason as `X-Audit-Log-Reason` and logged.
enum UnbanCommand {
    /// The declaration: the id is typed, 17–19 digits.
    static let declaration = CommandDeclaration(
        name: "unban", description: "Lift a ban by user id",
        options: [
            ApplicationCommandOption(type: .string, name: "user_id", description: "The banned user's id (17–19 digits)",
                                     required: true, minLength: 17, maxLength: 19),
            ModerationDeclarations.reason(),
        ],
        gate: ModerationPolicy.gate("unban"), deferStyle: .publicReply, usage: "/unban user_id:<id> reason:<text>")

    /// Runs `/unban`.
    static func handle(_ context: InteractionContext, _ services: ModerationServices) async throws {
        let raw = (context.commandData?.value(of: "user_id")?.stringValue ?? "").trimmingSpaces()
        guard ModerationLimits.userIDDigits.contains(raw.count), raw.allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = UInt64(raw) else { throw ModerationRefusal.invalidUserID(raw) }
        let userID = Snowflake(value), reason = try ModerationOptions(context: context).reason()
        do {
            _ = try await services.rest.getBan(guildID: services.guildID, userID: userID)
            try await services.rest.unbanMember(guildID: services.guildID, userID: userID, reason: "Unban: \(reason)")
        } catch let error as RESTError where error.status == 404 {
            throw ModerationRefusal.notBanned
        } catch let error as RESTError where error.status == 403 {
            throw ModerationRefusal.botLacksPermission("Ban Members")
        }
        let embed = Embed(title: "✅ User Unbanned", color: EmbedColor.success, fields: [
            EmbedField(name: "User", value: "<@\(userID)> (`\(userID)`)", inline: true),
            EmbedField(name: "Moderator", value: "<@\(context.userID)>", inline: true),
            EmbedField(name: "Reason", value: reason, inline: false),
        ])
        try await context.reply(Reply(embeds: [embed]))
        await services.punishmentLog(embed)
    }
}
