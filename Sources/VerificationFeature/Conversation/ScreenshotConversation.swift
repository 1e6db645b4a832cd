import DiscordModels
import FeatureKit
import RaidDomain

/// The manual method's second DM step (§7.4): the member sends a screenshot. Text re-prompts,
/// `cancel` cancels; the first image goes into a ticket in `manual_verification` with Approve and
/// Deny, and the session waits in review.
enum ScreenshotConversation {
    /// The step name in `dm_conversation`.
    static let step = "awaiting_screenshot"
    /// What counts as an image (Discord's attachment URLs end with the file's extension).
    static let imageExtensions = ["png", "jpg", "jpeg", "gif", "webp"]

    /// The conversation waiting for `userID`'s screenshot.
    static func awaiting(_ userID: Snowflake, _ services: VerificationServices) -> DMConversation {
        DMConversation(userID: userID, kind: VerificationServices.conversationKind, step: step, expiresAt: services.stepDeadline())
    }

    /// Continues the conversation with `message`.
    static func receive(_ message: DirectMessage, _ services: VerificationServices) async throws {
        let userID = message.authorID, guild = services.guildID
        if message.content.trimmingSpaces().lowercased() == "cancel" { return try await IGNConversation.cancel(message, services) }
        guard let session = try await services.sessions.session(guild: guild, user: userID),
              session.status == .pendingScreenshot, session.isInProgress(now: services.now()), let ign = session.ign else {
            try await services.environment.conversations.end(userID: userID, kind: VerificationServices.conversationKind)
            return await services.tellMember(in: message.channelID, MessageCreate(embeds: [VerificationViews.sessionGone]))
        }
        guard let screenshot = message.attachmentURLs.first(where: isImage) else {
            return await services.tellMember(in: message.channelID, MessageCreate(
                content: "❌ Send your screenshot as an image (png, jpg, gif or webp), or type `cancel`."))
        }
        guard let channel = try await GuildChannelStore(database: services.environment.database)
            .channel(.manualVerification, guildID: guild) else {
            return await services.tellMember(in: message.channelID, MessageCreate(
                content: "❌ Configuration Error: this server has no manual verification channel. Contact staff; "
                    + "you can send the screenshot again once it is set."))
        }
        let username = (try? await services.rest.getMember(guildID: guild, userID: userID).user?.username) ?? "member"
        let ticket = try await services.rest.createMessage(channelID: channel, VerificationViews.manualTicket(
            userID: userID, username: username, ign: ign, screenshot: screenshot))
        try await services.environment.conversations.end(userID: userID, kind: VerificationServices.conversationKind)
        _ = try await services.sessions.submitScreenshot(guild: guild, user: userID, url: screenshot, ticket: ticket.id,
                                                         now: services.now())
        await services.log(VerificationLogEvent(userID, tag: username, "Manual screenshot submitted as **\(ign)**; waiting for staff",
                                                image: screenshot))
        await services.tellMember(in: message.channelID, MessageCreate(embeds: [VerificationViews.screenshotSubmitted]))
    }

    /// Whether `url` names an image file (the query string ignored).
    static func isImage(_ url: String) -> Bool {
        let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        return imageExtensions.contains { path.lowercased().hasSuffix("." + $0) }
    }
}
