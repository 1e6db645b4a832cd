import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// The quota leaderboard panel of one role (§5.7) and the final board of an ended period.
enum QuotaPanelView {
    /// Members shown, as the incumbent.
    static let shown = 25

    /// The live panel: the period, the point sources, the top members among the role's holders.
    static func live(_ config: QuotaConfigRecord, roleName: String, standings: [QuotaStanding], holders: Int,
                     now: Timestamp) -> MessageCreate {
        let period = config.period(at: now)
        let fields = [
            EmbedField(name: "Required Points", value: "\(config.requiredPoints)", inline: true),
            EmbedField(name: "Start", value: "<t:\(period.start.unixSeconds):f>", inline: true),
            EmbedField(name: "End", value: "<t:\(period.end.unixSeconds):f> (<t:\(period.end.unixSeconds):R>)", inline: true),
            EmbedField(name: "Repeats", value: config.rollover?.description ?? "Never: an administrator resets it", inline: false),
            EmbedField(name: "Point Sources", value: pointSources(config), inline: false),
            top(standings, required: config.requiredPoints),
        ]
        let met = standings.filter { $0.quotaPoints >= config.requiredPoints.hundredths && $0.quotaPoints > 0 }.count
        let embed = Embed(title: "📊 \(roleName) Quota Leaderboard", color: EmbedColor.information,
                          footer: EmbedFooter(text: "\(met)/\(holders) members have met quota | Auto-updates periodically"),
                          fields: fields)
        return MessageCreate(embeds: [embed], allowedMentions: AllowedMentions.none)
    }

    /// The final board of an ended period; its footer names the period, which also lets a restarted
    /// bot recognise a board it already posted.
    static func final(_ result: QuotaPeriodResult, roleName: String) -> MessageCreate {
        let met = result.standings.filter { $0.quotaPoints >= result.requiredPoints.hundredths && $0.quotaPoints > 0 }.count
        let embed = Embed(
            title: "🏁 \(roleName) Quota — Final Results",
            description: "<t:\(result.start.unixSeconds):f> → <t:\(result.end.unixSeconds):f>",
            color: EmbedColor.success, footer: EmbedFooter(text: "\(met) met quota · \(marker(result))"),
            fields: [EmbedField(name: "Required Points", value: "\(result.requiredPoints)", inline: true),
                     top(result.standings, required: result.requiredPoints)])
        return MessageCreate(embeds: [embed], allowedMentions: AllowedMentions.none)
    }

    /// "period 1800000000000-1800604800000 · role 42": the final board's identity.
    static func marker(_ result: QuotaPeriodResult) -> String {
        "period \(result.start.unixMilliseconds)-\(result.end.unixMilliseconds) · role \(result.roleID)"
    }

    /// "Top n Members" (points above zero, 🥇🥈🥉 then `n.`, ✅ once required is met) or "No Activity".
    static func top(_ standings: [QuotaStanding], required: Points) -> EmbedField {
        let earning = standings.filter { $0.quotaPoints > 0 }.prefix(shown)
        guard !earning.isEmpty else { return EmbedField(name: "No Activity", value: "Nobody has earned quota points yet.") }
        let lines = earning.enumerated().map { index, standing in
            let medal = index < 3 ? ["🥇", "🥈", "🥉"][index] : "\(index + 1)."
            let met = standing.quotaPoints >= required.hundredths ? " ✅" : ""
            return "\(medal) <@\(standing.userID)> — \(Points(hundredths: standing.quotaPoints)) pts, \(standing.runs) runs\(met)"
        }
        return EmbedField(name: "Top \(earning.count) Members", value: String(lines.joined(separator: "\n").prefix(1024)))
    }

    /// Base points per run, each moderation command's value, and the top overrides, as the
    /// configuration panel words them.
    static func pointSources(_ config: QuotaConfigRecord) -> String {
        var lines = ["Exalt runs: \(config.baseExalt) pts · Other runs: \(config.baseNonExalt) pts"]
        if config.moderation.values.contains(where: { !$0.isZero }) { lines.append(ConfigQuotaView.moderation(config.moderation)) }
        if !config.overrides.isEmpty { lines.append(ConfigQuotaView.overrides(config.overrides)) }
        return String(lines.joined(separator: "\n").prefix(1024))
    }
}
