import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/suspend` and `/mute` (§1.2): hierarchy and bot-position checks, the mapped role applied, and
/// a punishment already in force extended by the new duration rather than stacked.
enum TimedPunishmentCommand {
    /// `/suspend member duration reason`: 1 h–720 h.
    static let suspend = CommandDeclaration(
        name: "suspend", description: "Suspend a member for a while (extends an active suspension)",
        options: [ModerationDeclarations.member(), ModerationDeclarations.duration("12h or 3d (1h–720h)"),
                  ModerationDeclarations.reason()],
        gate: ModerationPolicy.gate("suspend"), deferStyle: .publicReply,
        usage: "/suspend member:<@member> duration:<1h–720h> reason:<text>",
        examples: ["/suspend member:@Rin duration:2d reason:Crashing runs"])

    /// `/mute member duration reason`: 1 min–30 days.
    static let mute = CommandDeclaration(
        name: "mute", description: "Mute a member for a while (extends an active mute)",
        options: [ModerationDeclarations.member(), ModerationDeclarations.duration("30m, 2h or 1d (1m–30d)"),
                  ModerationDeclarations.reason()],
        gate: ModerationPolicy.gate("mute"), deferStyle: .publicReply,
        usage: "/mute member:<@member> duration:<1m–30d> reason:<text>",
        examples: ["/mute member:@Rin duration:30m reason:Spam"])

    /// Runs `/suspend` or `/mute`: every input is checked before Discord is asked anything.
    static func handle(_ kind: PunishmentKind, _ context: InteractionContext, _ services: ModerationServices) async throws {
        guard let rule = kind.durationRule else { preconditionFailure("\(kind) has no duration") }
        let options = ModerationOptions(context: context)
        let userID = try options.user(), duration = try options.duration(rule), reason = try options.reason()
        let target = try await Targeting.resolve(kind.rawValue, userID: userID, context, services)
        try await IssuePunishment.run(kind, duration: duration, reason: reason, target: target, context, services)
    }
}
