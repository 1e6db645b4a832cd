import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/stats [member]` (§1.6, §5.9): a member's all-time figures from the maintained totals, each
/// counting only what its label says (defects 5 and 6).
enum StatsCommand {
    static let declaration = CommandDeclaration(
        name: "stats", description: "Show a member's points, runs, keys and completions",
        options: [ApplicationCommandOption(type: .user, name: "member", description: "The member (default: you)")],
        gate: .rank(.verifiedRaider), deferStyle: .publicReply, rateLimit: .commandHeavy,
        usage: "/stats [member:<@member>]")

    static func handle(_ context: InteractionContext, _ services: QuotaServices) async throws {
        let options = QuotaOptions(context: context)
        let target = try options.member()
        let figures = try await services.totals { try $0.member(UInt64(target.rawValue)) }
        let user = target == context.userID ? context.interaction.invoker : context.commandData?.resolved?.users?[target]
        try await context.reply(Reply(embeds: [StatsView.embed(figures, userID: target, user: user)]))
    }
}

/// The "Quota Stats" embed, kept inside Discord's embed limits however many dungeons a member has.
enum StatsView {
    /// Dungeon lines per field, as the incumbent.
    static let linesPerField = 20

    static func embed(_ figures: MemberFigures, userID: Snowflake, user: User?) -> Embed {
        let total = figures.total
        var fields = [EmbedField(name: "Points", value: "\(Points(hundredths: total.points))", inline: true)]
        if total.quotaPoints > 0 {
            fields.append(EmbedField(name: "Quota Points", value: "\(Points(hundredths: total.quotaPoints))", inline: true))
        }
        fields += [
            EmbedField(name: "Runs Organized", value: "\(total.organized)", inline: true),
            EmbedField(name: "Dungeon Completions", value: "\(total.completions)", inline: true),
            EmbedField(name: "Keys Popped", value: "\(total.keys)", inline: true),
            EmbedField(name: "Verifications", value: "\(total.verifications)", inline: true),
            EmbedField(name: "Moderation Actions", value: "\(total.moderation)", inline: true),
        ]
        let header = "Quota Stats — \(user?.globalName ?? user?.username ?? "Member")"
        let budget = MessageLimits.embedTotal - header.count - fields.reduce(0) { $0 + $1.name.count + $1.value.count }
        fields += dungeonFields(figures.dungeons, budget: budget, slots: MessageLimits.embedFields - fields.count)
        return Embed(title: header, description: "<@\(userID)>", color: EmbedColor.information,
                     thumbnail: user.flatMap(avatar).map(EmbedMedia.init(url:)), fields: fields)
    }

    /// "**Name**: completed | keys | organized" lines, busiest first, 20 to a field and each field
    /// under 1024 characters; what does not fit the embed ends in "… and n more".
    static func dungeonFields(_ dungeons: [DungeonFigures], budget: Int, slots: Int) -> [EmbedField] {
        let name = "Dungeons: Completed | Keys | Organized"
        let lines = dungeons.filter { $0.completions != 0 || $0.keys != 0 || $0.organized != 0 }
            .sorted { ($0.completions + $0.keys + $0.organized, $1.dungeonKey) > ($1.completions + $1.keys + $1.organized, $0.dungeonKey) }
            .map { "**\(Dungeon.named(DungeonCode($0.dungeonKey))?.name ?? $0.dungeonKey)**: \($0.completions) | \($0.keys) | \($0.organized)" }
        var fields: [EmbedField] = [], chunk: [String] = [], used = 0
        let reserve = 40 // room in every field and in the embed for the "… and n more" line
        func length(_ lines: [String]) -> Int { lines.reduce(0) { $0 + $1.count + 1 } }
        func flush() {
            guard !chunk.isEmpty else { return }
            fields.append(EmbedField(name: name, value: chunk.joined(separator: "\n")))
            used += name.count + length(chunk)
            chunk = []
        }
        for (index, line) in lines.enumerated() {
            let needsNewField = chunk.count == linesPerField
                || length(chunk) + line.count + 1 > MessageLimits.embedFieldValue - reserve
            let fieldsAfter = fields.count + (needsNewField ? 2 : 1)
            let charactersAfter = used + name.count * (needsNewField ? 2 : 1) + length(chunk) + line.count + 1 + reserve
            if fieldsAfter > slots || charactersAfter > budget {
                chunk.append("… and \(lines.count - index) more")
                break
            }
            if needsNewField { flush() }
            chunk.append(line)
        }
        flush()
        return fields
    }

    /// The member's avatar on Discord's CDN, if they set one.
    static func avatar(_ user: User) -> String? {
        user.avatar.map { "https://cdn.discordapp.com/avatars/\(user.id)/\($0).png" }
    }
}
