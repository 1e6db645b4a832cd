import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/logkey member dungeon [amount]` (§1.1, §5.4): the same ledger write as the key-logging panel
/// after a run. A removal takes at most the keys the member has, and never takes their points
/// below zero.
enum LogKeyCommand {
    static let declaration = CommandDeclaration(
        name: "logkey", description: "Log (or remove, with a negative amount) keys a member popped",
        options: [
            ApplicationCommandOption(type: .user, name: "member", description: "Who popped the keys", required: true),
            ApplicationCommandOption(type: .string, name: "dungeon", description: "The dungeon", required: true,
                                     autocomplete: true),
            ApplicationCommandOption(type: .integer, name: "amount", description: "Keys to log (negative removes; default 1)",
                                     minValue: -99, maxValue: 99),
        ],
        gate: .rank(.organizer), deferStyle: .publicReply,
        usage: "/logkey member:<@member> dungeon:<name> [amount:<-99…99>]",
        examples: ["/logkey member:@Raider dungeon:Shatters amount:2"])

    /// What one `/logkey` wrote.
    struct Logged: Sendable {
        let keys: Int
        let total: Int
        let points: Points
    }

    static func handle(_ context: InteractionContext, _ services: QuotaServices) async throws {
        let options = QuotaOptions(context: context)
        let raider = try options.member(required: true), dungeon = try options.dungeon(), asked = try options.count()
        _ = try await services.member(raider) // a member who left gets a plain answer, nothing written
        let member = MemberID(raider.rawValue), now = services.now(), name = options.username(of: raider)
        let logged = try await services.ledger(at: now) { ledger -> Logged? in
            try FirstContact.ensureMember(ledger.connection, member, username: name, now: now)
            let keys = max(asked, -(try ledger.keyCount(member, dungeon: dungeon.code)))
            guard keys != 0 else { return Logged(keys: 0, total: 0, points: .zero) }
            guard let points = try ledger.logKeyPops(member, count: keys, dungeon: dungeon.code) else { return nil }
            return Logged(keys: keys, total: try ledger.keyCount(member, dungeon: dungeon.code), points: points)
        }
        guard let logged else { throw QuotaReplies.justLogged }
        guard logged.keys != 0 else {
            throw QuotaOptions.refusal("❌ <@\(raider)> has no \(dungeon.name) keys logged, so there are none to remove.")
        }
        let embed = view(logged, dungeon: dungeon, raider: raider, by: context.userID)
        try await context.reply(Reply(embeds: [embed]))
        await services.botLog(embed)
    }

    /// The public answer, as the incumbent's "✅ Key Pops Logged".
    static func view(_ logged: Logged, dungeon: Dungeon, raider: Snowflake, by actor: Snowflake) -> Embed {
        var fields = [
            EmbedField(name: "Dungeon", value: dungeon.name, inline: true),
            EmbedField(name: logged.keys > 0 ? "Keys Logged" : "Keys Removed", value: "\(logged.keys.magnitude)", inline: true),
            EmbedField(name: "\(dungeon.name) Total", value: "\(logged.total)", inline: true),
            EmbedField(name: "Raider", value: "<@\(raider)>", inline: true),
            EmbedField(name: "Logged By", value: "<@\(actor)>", inline: true),
        ]
        if !logged.points.isZero {
            fields.append(EmbedField(name: "⭐ Points", value: logged.points.signedText, inline: true))
        }
        return Embed(title: logged.keys > 0 ? "✅ Key Pops Logged" : "➖ Key Pops Removed",
                     color: logged.keys > 0 ? EmbedColor.success : EmbedColor.notice, fields: fields)
    }
}
