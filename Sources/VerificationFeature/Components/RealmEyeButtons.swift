import BotKit
import DiscordModels
import FeatureKit

/// The first DM's buttons (§7.3, §7.4): RealmEye or Manual Screenshot (each asks the IGN), Cancel.
/// Done is in `DoneButton`.
enum RealmEyeButtons {
    /// RealmEye or Manual Screenshot (`step` says which IGN step): a finished or lapsed session
    /// restarts at `pending_ign`; the member is asked for the IGN through the DM conversation
    /// layer, which survives a restart.
    static func choose(_ step: String, _ context: InteractionContext, _ services: VerificationServices) async throws {
        try ownButton(context)
        let userID = context.userID, now = services.now()
        guard let session = try await services.sessions.session(guild: services.guildID, user: userID) else {
            throw VerificationRefusal.sessionGone
        }
        switch session.status {
        case .pendingIGN where session.isInProgress(now: now): break
        case .pendingRealmEye, .pendingScreenshot, .pendingReview:
            if session.isInProgress(now: now) { throw VerificationRefusal.sessionInProgress }
            try await services.sessions.start(guild: services.guildID, user: userID, now: now)
        default: try await services.sessions.start(guild: services.guildID, user: userID, now: now)
        }
        try await services.environment.conversations.expect(IGNConversation.awaiting(userID, step: step, attempts: 0, services))
        try await services.directMessage(userID, VerificationViews.askIGN(minutes: VerificationServices.stepMinutes))
        let title = step == IGNConversation.manualStep ? "📷 Manual verification" : "🎮 RealmEye verification"
        try await context.reply(Reply(embeds: [Embed(title: title, description: "Answer below.", color: EmbedColor.information)]))
    }

    /// Cancel: the session ends `cancelled`, its DM conversation with it.
    static func cancel(_ context: InteractionContext, _ services: VerificationServices) async throws {
        try ownButton(context)
        let userID = context.userID
        try await services.environment.conversations.end(userID: userID, kind: VerificationServices.conversationKind)
        guard try await services.sessions.settle(guild: services.guildID, user: userID, as: .cancelled, now: services.now())
        else { throw VerificationRefusal.sessionGone }
        await services.log(VerificationLogEvent(userID, tag: context.interaction.invoker?.username, "Verification cancelled by the member",
                                                isFailure: true))
        try await context.reply(Reply(embeds: [VerificationViews.cancelled]))
    }

    /// Refuses a press on another member's buttons.
    static func ownButton(_ context: InteractionContext) throws {
        guard let id = context.customID else { throw BotKitError(.malformedComponent, detail: "verification without id") }
        guard try id.snowflake(0) == context.userID else { throw VerificationRefusal.notYours }
    }
}
