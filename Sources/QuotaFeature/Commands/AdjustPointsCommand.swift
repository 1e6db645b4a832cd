import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/addpoints` and `/addquotapoints` (§1.3, §5.6): administrators add or remove points by hand,
/// at most two decimals, capped at ±999, never below a zero total. `/addquotapoints` credits a
/// quota role (the incumbent never sent one and always failed, defect 3): the `role` option, or
/// the first quota-configured role the member holds.
enum AdjustPointsCommand {
    /// Which currency a command adjusts.
    enum Currency: String, Sendable {
        case points = "addpoints"
        case quotaPoints = "addquotapoints"

        var noun: String { self == .points ? "Points" : "Quota Points" }
    }

    static func declaration(_ currency: Currency) -> CommandDeclaration {
        var options = [
            ApplicationCommandOption(type: .number, name: "amount",
                                     description: "\(currency.noun) to add (negative removes; two decimals at most)",
                                     required: true, minValue: -999, maxValue: 999),
            ApplicationCommandOption(type: .user, name: "member", description: "The member (default: you)"),
        ]
        if currency == .quotaPoints {
            options.append(ApplicationCommandOption(type: .role, name: "role",
                                                    description: "The quota role credited (default: the member's first)"))
        }
        return CommandDeclaration(
            name: currency.rawValue, description: "Add or remove \(currency.noun.lowercased()) for a member",
            options: options, gate: .rank(.administrator), deferStyle: .publicReply,
            usage: "/\(currency.rawValue) amount:<-999…999> [member:<@member>]" + (currency == .quotaPoints ? " [role:<@role>]" : ""))
    }

    static func handle(_ currency: Currency, _ context: InteractionContext, _ services: QuotaServices) async throws {
        let options = QuotaOptions(context: context)
        let (amount, wasCapped) = try options.points()
        let target = try options.member()
        let member = try await services.member(target)
        let role = currency == .quotaPoints ? try await quotaRole(for: member, options, services) : nil
        let now = services.now(), name = member.user?.username ?? options.username(of: target)
        let entry = try await services.ledger(at: now) { ledger in
            try FirstContact.ensureMember(ledger.connection, MemberID(target.rawValue), username: name, now: now)
            return try role.map { try ledger.adjustQuotaPoints(MemberID(target.rawValue), by: amount, role: $0) }
                ?? ledger.adjustPoints(MemberID(target.rawValue), by: amount)
        }
        guard entry.written else { throw QuotaReplies.justLogged }
        let embed = view(currency, entry: entry, target: target, actor: context.userID, wasCapped: wasCapped)
        try await context.reply(Reply(embeds: [embed]))
        await services.botLog(embed)
    }

    /// The quota role credited: the one named, which must have a quota configuration, else the
    /// member's first configured role by ascending id (§5.3's tie rule).
    static func quotaRole(for member: Member, _ options: QuotaOptions, _ services: QuotaServices) async throws -> RoleID {
        let configured = Set(try await QuotaConfigEditor(services).roles())
        if let named = options.context.commandData?.value(of: "role")?.snowflakeValue {
            guard configured.contains(RoleID(named.rawValue)) else {
                throw QuotaOptions.refusal("❌ <@&\(named)> has no quota configuration. Set one up with `/configquota`.")
            }
            return RoleID(named.rawValue)
        }
        guard let held = configured.sorted().first(where: { member.roles.contains(Snowflake($0.rawValue)) }) else {
            throw QuotaOptions.refusal("❌ The member holds no role with a quota configuration. Name one with `role:`.")
        }
        return held
    }

    /// The public answer and the bot_log entry ("➕/➖ Quota: …").
    static func view(_ currency: Currency, entry: ManualEntry, target: Snowflake, actor: Snowflake, wasCapped: Bool) -> Embed {
        let adding = entry.amount.hundredths >= 0
        var fields = [
            EmbedField(name: "Moderator", value: "<@\(actor)>", inline: true),
            EmbedField(name: "Target", value: "<@\(target)>", inline: true),
            EmbedField(name: currency.noun, value: entry.amount.signedText, inline: true),
        ]
        if let role = entry.roleID { fields.append(EmbedField(name: "Quota Role", value: "<@&\(role)>", inline: true)) }
        return Embed(title: "\(adding ? "➕" : "➖") Quota: \(adding ? "Added" : "Removed") \(currency.noun)",
                     color: adding ? EmbedColor.success : EmbedColor.notice,
                     footer: wasCapped ? EmbedFooter(text: "The amount was capped at ±999.") : nil, fields: fields)
    }
}
