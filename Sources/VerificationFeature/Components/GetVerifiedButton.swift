import BotKit
import DiscordModels
import FeatureKit

/// The panel's Get Verified (§7.2), pressed in the guild: refuse a verified member or one with a
/// session running, DM the start (DMs closed → nothing started), then start the session.
enum GetVerifiedButton {
    /// Get Verified.
    static func press(_ context: InteractionContext, _ services: VerificationServices) async throws {
        let userID = context.userID
        let role = try await services.verifiedRole()
        if context.interaction.member?.roles.contains(role) == true { throw VerificationRefusal.alreadyVerified }
        if let session = try await services.sessions.session(guild: services.guildID, user: userID),
           session.isInProgress(now: services.now()) {
            throw VerificationRefusal.sessionInProgress
        }
        let tag = context.interaction.invoker?.username
        do {
            try await services.directMessage(userID, VerificationViews.started(userID: userID, guildName: await services.guildName()))
        } catch {
            await services.log(VerificationLogEvent(userID, tag: tag, "DMs closed; verification not started", isFailure: true))
            throw error
        }
        try await services.sessions.start(guild: services.guildID, user: userID, now: services.now())
        services.logger.info("verification started", metadata: ["user.id": "\(userID)"])
        await services.log(VerificationLogEvent(userID, tag: tag, "Verification started"))
        try await context.reply(.text("📬 Check your DMs: I sent you the verification steps."))
    }
}
