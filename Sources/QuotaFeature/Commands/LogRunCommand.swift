import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/logrun dungeon [amount] [member]` (§1.1, §5.6): organizer quota for runs held outside the
/// bot, priced by the invoker's quota role even when logged for someone else; negative removes,
/// never below a zero total.
enum LogRunCommand {
    static let declaration = CommandDeclaration(
        name: "logrun", description: "Log (or remove, with a negative amount) runs you organized outside the bot",
        options: [
            ApplicationCommandOption(type: .string, name: "dungeon", description: "The dungeon", required: true,
                                     autocomplete: true),
            ApplicationCommandOption(type: .integer, name: "amount", description: "Runs to log (negative removes; default 1)",
                                     minValue: -99, maxValue: 99),
            ApplicationCommandOption(type: .user, name: "member", description: "The organizer (default: you)"),
        ],
        gate: .rank(.organizer), deferStyle: .publicReply,
        usage: "/logrun dungeon:<name> [amount:<-99…99>] [member:<@member>]",
        examples: ["/logrun dungeon:Shatters", "/logrun dungeon:Oryx 3 amount:-1"])

    static func handle(_ context: InteractionContext, _ services: QuotaServices) async throws {
        let options = QuotaOptions(context: context)
        let dungeon = try options.dungeon(), count = try options.count(), organizer = try options.member()
        if organizer != context.userID { _ = try await services.member(organizer) } // not one who left
        let roles = options.actorRoles, now = services.now(), name = options.username(of: organizer)
        let entry = try await services.ledger(at: now) { ledger in
            try FirstContact.ensureMember(ledger.connection, MemberID(organizer.rawValue), username: name, now: now)
            return try ledger.logRuns(MemberID(organizer.rawValue), count: count, dungeon: dungeon, actorRoles: roles)
        }
        guard let entry else {
            throw BotKitError(.validation, detail: "no quota role",
                              userMessage: "❌ None of your roles has a quota configuration, so there is nothing to log. "
                                  + "An administrator can add one with `/configquota`.")
        }
        guard entry.written else { throw QuotaReplies.justLogged }
        let embed = Embed(
            title: count > 0 ? "✅ Run Quota Logged" : "➖ Run Quota Removed",
            color: count > 0 ? EmbedColor.success : EmbedColor.notice,
            fields: [
                EmbedField(name: "Dungeon", value: dungeon.name, inline: true),
                EmbedField(name: count > 0 ? "Runs Logged" : "Runs Removed", value: "\(count.magnitude)", inline: true),
                EmbedField(name: "Points Changed", value: entry.amount.signedText, inline: true),
                EmbedField(name: "Organizer", value: "<@\(organizer)>", inline: true),
                EmbedField(name: "Logged By", value: "<@\(context.userID)>", inline: true),
            ])
        try await context.reply(Reply(embeds: [embed]))
        await services.botLog(embed)
    }
}

/// Answers several quota commands share.
enum QuotaReplies {
    /// The same entry, to the millisecond, already exists (a double submit).
    static let justLogged = BotKitError(.conflict, detail: "manual entry exists",
                                        userMessage: "⚠️ That was just logged. Check before logging again.")
}

extension Points {
    /// `+5`, `-2.5`, `0`: a change as the replies show it.
    var signedText: String { hundredths > 0 ? "+\(self)" : "\(self)" }
}
