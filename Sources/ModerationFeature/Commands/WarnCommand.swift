import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/warn` (§1.2): no self, no bots, the hierarchy bypassed; the member is DMed first, then the
/// warning, its audit row and the moderator's points are written in one transaction.
enum WarnCommand {
    /// `/warn member reason`.
    static let declaration = CommandDeclaration(
        name: "warn", description: "Warn a member (DMs them and logs it)",
        options: [ModerationDeclarations.member(), ModerationDeclarations.reason()],
        gate: ModerationPolicy.gate("warn"), deferStyle: .publicReply,
        usage: "/warn member:<@member> reason:<text>", examples: ["/warn member:@Rin reason:Leeching in Shatters"])

    /// Runs `/warn`.
    static func handle(_ context: InteractionContext, _ services: ModerationServices) async throws {
        let options = ModerationOptions(context: context)
        let userID = try options.user(), reason = try options.reason()
        let target = try await Targeting.resolve("warn", userID: userID, context, services)
        try await IssuePunishment.run(.warn, duration: nil, reason: reason, target: target, context, services)
    }
}

/// The option definitions every moderation command shares, so limits are declared once.
enum ModerationDeclarations {
    /// The required `member` user option.
    static func member(_ description: String = "The member") -> ApplicationCommandOption {
        ApplicationCommandOption(type: .user, name: "member", description: description, required: true)
    }

    /// The required `reason` (≤ 500).
    static func reason() -> ApplicationCommandOption {
        ApplicationCommandOption(type: .string, name: "reason", description: "Why (up to 500 characters)", required: true,
                                 maxLength: ModerationLimits.reason)
    }

    /// The required `duration`, described by `rule`'s units.
    static func duration(_ example: String) -> ApplicationCommandOption {
        ApplicationCommandOption(type: .string, name: "duration", description: "How long, e.g. \(example)", required: true)
    }
}
