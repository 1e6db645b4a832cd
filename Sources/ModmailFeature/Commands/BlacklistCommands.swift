import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/modmailblacklist` and `/modmailunblacklist` (§1.3, officer+ by `ModmailPolicy`): the flag on the
/// member's raider row (created pending if needed), audited, answered and posted to punishment_log.
enum BlacklistCommands {
    /// The longest reason.
    static let reasonLimit = 500

    /// `/modmailblacklist member reason`.
    static let blacklist = declaration("modmailblacklist", "Stop a member from using modmail")
    /// `/modmailunblacklist member reason`.
    static let unblacklist = declaration("modmailunblacklist", "Let a blacklisted member use modmail again")

    private static func declaration(_ name: String, _ description: String) -> CommandDeclaration {
        CommandDeclaration(
            name: name, description: description,
            options: [ApplicationCommandOption(type: .user, name: "member", description: "The member", required: true),
                      ApplicationCommandOption(type: .string, name: "reason", description: "Why (up to 500 characters)",
                                               required: true, maxLength: reasonLimit)],
            gate: ModmailPolicy.gate(name), deferStyle: .publicReply, usage: "/\(name) member:<@member> reason:<text>")
    }

    /// Runs either command (`lift` for the unblacklist).
    static func handle(lift: Bool, _ context: InteractionContext, _ services: ModmailServices) async throws {
        guard let userID = context.commandData?.value(of: "member")?.snowflakeValue else {
            throw ModmailRefusal.input(.textMissing(field: "Member"))
        }
        let reason = (context.commandData?.value(of: "reason")?.stringValue ?? "").trimmingSpaces()
        guard !reason.isEmpty else { throw ModmailRefusal.input(.textMissing(field: "Reason")) }
        guard reason.storedLength <= reasonLimit else {
            throw ModmailRefusal.input(.textTooLong(field: "Reason", limit: reasonLimit))
        }
        let command = lift ? "modmailunblacklist" : "modmailblacklist"
        if let refusal = try await refusal(command, target: userID, context, services) {
            throw ModmailRefusal.target(refusal)
        }
        let now = services.now()
        if lift {
            guard try await services.store.unblacklist(userID, guild: services.guildID, reason: reason,
                                                       by: context.userID, now: now) else { throw ModmailRefusal.notBlacklisted }
        } else {
            try await services.store.blacklist(userID, guild: services.guildID, reason: reason, by: context.userID, now: now)
        }
        let embed = ModmailViews.blacklist(userID, reason: reason, by: context.userID, lifted: lift)
        try await context.reply(Reply(embeds: [embed]))
        let logs = LogChannels(services.environment)
        await logs.post(embed, to: .punishmentLog)
        await logs.post(embed, to: .botLog)
    }

    /// `ModmailPolicy`'s judgement of aiming `command` at `userID`. The blacklist rules read the
    /// invoker, the target's identity and the rank mapping; they change no Discord role, so neither
    /// the bot's position nor the target's is read (their views carry position 0).
    static func refusal(_ command: String, target userID: Snowflake, _ context: InteractionContext,
                        _ services: ModmailServices) async throws -> TargetRefusal? {
        let resolved = context.commandData?.resolved
        let member = resolved?.member(userID)
        let target = MemberView(userID: userID, standing: member.map(MemberStanding.init(member:))
                                    ?? MemberStanding(roleIDs: [], isDiscordAdministrator: false),
                                isBot: resolved?.users?[userID]?.bot ?? member?.user?.bot ?? false,
                                highestPosition: 0, isOwner: false)
        let actor = MemberView(userID: context.userID, standing: context.standing, isBot: false, highestPosition: 0,
                               isOwner: false)
        let bot = BotView(userID: context.interaction.applicationID, highestPosition: 0, permissions: [])
        let mapping = try await GuildRoleStore(database: services.environment.database).roleMapping(guildID: services.guildID)
        return ModmailPolicy.check(command, actor: actor, target: target, bot: bot, mapping: mapping)
    }
}
