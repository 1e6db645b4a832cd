import BotKit
import DiscordModels
import FeatureKit

/// A role panel's Get Verified (§7.7), pressed by anyone: refuse a member who has the role or another
/// role's session running; start (or restart) this role's session with its DM conversation, then DM
/// the instructions. DMs closed → the session is cancelled and the member told how to open them.
enum CustomRolePanelButton {
    static func press(_ context: InteractionContext, _ services: VerificationServices) async throws {
        let userID = context.userID, now = services.now()
        guard let config = try await services.customRoles.config(try CustomRoleIDs.rowID(context)) else {
            throw CustomRoleRefusal.panelGone
        }
        if context.interaction.member?.roles.contains(config.roleID) == true { throw CustomRoleRefusal.alreadyHasRole }
        let roleName = await services.roleName(config.roleID)
        let tag = context.interaction.invoker?.username
        let outcome = try await services.customSessions.start(
            config: config.id, user: userID,
            log: VerificationLogEvent(userID, tag: tag, "[Custom Role] Verification started for \(roleName)"),
            conversation: { CustomRoleScreenshotConversation.awaiting(userID, session: $0, services) }, now: now)
        let sessionID: Int64
        switch outcome {
        case .started(let id): sessionID = id
        case .otherSessionActive: throw CustomRoleRefusal.otherSessionActive
        case .inReview: throw CustomRoleRefusal.inReview
        }
        services.environment.outbox.nudge()
        do {
            try await services.directMessage(userID, CustomRoleViews.instructions(
                config, roleName: roleName, guildName: await services.guildName(), minutes: VerificationServices.stepMinutes))
        } catch {
            _ = try await services.customSessions.endWaiting(
                sessionID, user: userID, as: .cancelled,
                log: VerificationLogEvent(userID, tag: tag, "[Custom Role] DMs closed; \(roleName) verification cancelled",
                                          isFailure: true), now: services.now())
            services.environment.outbox.nudge()
            throw CustomRoleRefusal.dmsClosed
        }
        try await context.reply(.text("📬 Check your DMs: I sent you what to send for **\(roleName)**."))
    }
}
