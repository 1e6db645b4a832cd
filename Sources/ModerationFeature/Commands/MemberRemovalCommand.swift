import BotKit
import DiscordModels
import DiscordREST
import FeatureKit
import RaidDomain

/// How `/kick`, `/ban` and `/softban` remove a member (§1.3): Discord actions only, nothing stored.
enum MemberRemoval: String, CaseIterable, Sendable {
    case kick, ban, softban

    /// The Discord permission the bot needs.
    var permission: (Permissions, String) {
        self == .kick ? (.kickMembers, "Kick Members") : (.banMembers, "Ban Members")
    }

    /// Seconds of the member's messages Discord deletes with the ban: 24 h for a ban, 7 days for a softban.
    var deleteMessageSeconds: Int { self == .softban ? 604_800 : 86_400 }

    var past: String {
        switch self {
        case .kick: "kicked from"
        case .ban: "banned from"
        case .softban: "softbanned from"
        }
    }

    var title: String {
        switch self {
        case .kick: "👢 Member Kicked"
        case .ban: "🔨 Member Banned"
        case .softban: "🧹 Member Softbanned"
        }
    }
}

/// `/kick`, `/ban`, `/softban member reason` (§1.3): hierarchy and bot-position checks, the bot's
/// permission checked first, the DM before the action, the reason as `X-Audit-Log-Reason`. A
/// softban whose unban fails answers "Partial Success" (the member stays banned).
enum MemberRemovalCommand {
    /// The declaration of `removal`.
    static func declaration(_ removal: MemberRemoval) -> CommandDeclaration {
        let what: String
        switch removal {
        case .kick: what = "Kick a member (DMs them first)"
        case .ban: what = "Ban a member, deleting their last 24 hours of messages"
        case .softban: what = "Ban and unban at once, deleting their last 7 days of messages"
        }
        return CommandDeclaration(name: removal.rawValue, description: what,
                                  options: [ModerationDeclarations.member(), ModerationDeclarations.reason()],
                                  gate: ModerationPolicy.gate(removal.rawValue), deferStyle: .publicReply,
                                  usage: "/\(removal.rawValue) member:<@member> reason:<text>")
    }

    /// Runs `removal`.
    static func handle(_ removal: MemberRemoval, _ context: InteractionContext, _ services: ModerationServices) async throws {
        let options = ModerationOptions(context: context)
        let userID = try options.user(), reason = try options.reason()
        let target = try await Targeting.resolve(removal.rawValue, userID: userID, context, services)
        guard target.scene.bot.has(removal.permission.0) else { throw ModerationRefusal.botLacksPermission(removal.permission.1) }
        let dmSent = await services.directMessage(userID, Embed(
            title: "You have been \(removal.past) \(target.scene.guild.name)", color: EmbedColor.failure,
            fields: [EmbedField(name: "Reason", value: reason, inline: false)]))
        var fields = [EmbedField(name: "Member", value: target.mention, inline: true),
                      EmbedField(name: "Moderator", value: "<@\(context.userID)>", inline: true),
                      EmbedField(name: "Reason", value: reason, inline: false),
                      EmbedField(name: "DM Sent", value: dmSent ? "✅" : "❌ (DMs closed)", inline: true)]
        var title = removal.title
        if let problem = try await perform(removal, on: userID, reason: reason, services) {
            title = "⚠️ Partial Success"
            fields.append(EmbedField(name: "Problem", value: problem, inline: false))
        }
        let embed = Embed(title: title, color: EmbedColor.failure, fields: fields)
        try await context.reply(Reply(embeds: [embed]))
        await services.punishmentLog(embed)
    }

    /// Carries out the removal; a refusal of the action itself throws (nothing happened), a failed
    /// softban unban returns what went wrong (the ban did happen).
    static func perform(_ removal: MemberRemoval, on userID: Snowflake, reason: String,
                        _ services: ModerationServices) async throws -> String? {
        let audit = "\(removal.rawValue.capitalized): \(reason)"
        do {
            switch removal {
            case .kick: try await services.rest.kickMember(guildID: services.guildID, userID: userID, reason: audit)
            case .ban, .softban:
                try await services.rest.banMember(guildID: services.guildID, userID: userID,
                                                  deleteMessageSeconds: removal.deleteMessageSeconds, reason: audit)
            }
        } catch let error as RESTError {
            services.logger.warning("member removal refused", metadata: ["error": "\(error)"])
            throw ModerationRefusal.actionFailed(removal == .kick ? "kick that member" : "ban that member")
        }
        guard removal == .softban else { return nil }
        do {
            try await services.rest.unbanMember(guildID: services.guildID, userID: userID, reason: "Softban: \(reason)")
            return nil
        } catch {
            services.logger.warning("softban unban failed", metadata: ["error": "\(error)"])
            return "The member was banned and their messages deleted, but the unban failed: they are still banned. Use `/unban`."
        }
    }
}
