import DiscordModels
import FeatureKit
import RaidDomain

/// Step 1 in DMs: the member types their IGN. An invalid name asks again, at most three times;
/// `cancel` cancels. For RealmEye a valid one draws the code and asks for it on RealmEye; for the
/// manual method it is checked against other members' names, then the screenshot is asked for.
enum IGNConversation {
    /// The RealmEye method's IGN step in `dm_conversation`.
    static let step = "awaiting_ign"
    /// The manual method's IGN step.
    static let manualStep = "manual_ign"
    /// Invalid names allowed before the session is cancelled (§7.3).
    static let maximumAttempts = 3

    /// The conversation waiting for `userID`'s IGN after `attempts` invalid ones. The count is the
    /// state, so a restart keeps it.
    static func awaiting(_ userID: Snowflake, step: String, attempts: Int, _ services: VerificationServices) -> DMConversation {
        DMConversation(userID: userID, kind: VerificationServices.conversationKind, step: step,
                       state: "{\"attempts\":\(attempts)}", expiresAt: services.stepDeadline())
    }

    /// Continues `conversation` with `message`.
    static func receive(_ message: DirectMessage, _ conversation: DMConversation, _ services: VerificationServices) async throws {
        let userID = message.authorID, now = services.now()
        guard conversation.step == step || conversation.step == manualStep,
              let session = try await services.sessions.session(guild: services.guildID, user: userID),
              session.status == .pendingIGN, session.isInProgress(now: now) else {
            try await services.environment.conversations.end(userID: userID, kind: conversation.kind)
            return await services.tellMember(in: message.channelID, MessageCreate(embeds: [VerificationViews.sessionGone]))
        }
        let text = message.content.trimmingSpaces()
        if text.lowercased() == "cancel" { return try await cancel(message, services) }
        switch IGN.parse(text) {
        case .failure(let problem):
            try await retry(message, problem, step: conversation.step, attempts: attempts(conversation) + 1, services)
        case .success(let ign) where conversation.step == manualStep: try await askForScreenshot(message, ign, services)
        case .success(let ign): try await askForCode(message, ign, services)
        }
    }

    private static func askForCode(_ message: DirectMessage, _ ign: IGN, _ services: VerificationServices) async throws {
        let userID = message.authorID, code = VerificationCode.generate()
        try await services.environment.conversations.end(userID: userID, kind: VerificationServices.conversationKind)
        guard try await services.sessions.awaitRealmEye(guild: services.guildID, user: userID, ign: ign.value, code: code,
                                                        now: services.now()) else {
            return await services.tellMember(in: message.channelID, MessageCreate(embeds: [VerificationViews.sessionGone]))
        }
        let image = try await services.config.config(guild: services.guildID).realmEyeImage
        await services.tellMember(in: message.channelID, VerificationViews.addCode(
            userID: userID, ign: ign.value, code: code, link: services.realmEye.profileURL(ign.value), image: image))
    }

    /// The manual method: an IGN another member holds (main or alt) cancels the session (§7.4).
    private static func askForScreenshot(_ message: DirectMessage, _ ign: IGN, _ services: VerificationServices) async throws {
        let userID = message.authorID, guild = services.guildID
        if try await services.sessions.ignHeldByAnother(ign.value, guild: guild, user: userID) {
            return try await cancel(message, services, reason: "**\(ign.value)** is already verified by another Discord account; contact staff.")
        }
        guard try await services.sessions.awaitScreenshot(guild: guild, user: userID, ign: ign.value, now: services.now()) else {
            try await services.environment.conversations.end(userID: userID, kind: VerificationServices.conversationKind)
            return await services.tellMember(in: message.channelID, MessageCreate(embeds: [VerificationViews.sessionGone]))
        }
        try await services.environment.conversations.expect(ScreenshotConversation.awaiting(userID, services))
        let config = try await services.config.config(guild: guild)
        await services.tellMember(in: message.channelID, VerificationViews.manualInstructions(
            config.manualInstructions, image: config.manualImage, minutes: VerificationServices.stepMinutes))
    }

    private static func retry(_ message: DirectMessage, _ problem: InputProblem, step: String, attempts: Int,
                              _ services: VerificationServices) async throws {
        guard attempts < maximumAttempts else {
            try await cancel(message, services, reason: "Too many invalid IGNs.")
            return
        }
        try await services.environment.conversations.expect(awaiting(message.authorID, step: step, attempts: attempts, services))
        await services.tellMember(in: message.channelID, MessageCreate(
            content: problem.reply + " Type your IGN again (\(maximumAttempts - attempts) tries left), or `cancel`."))
    }

    static func cancel(_ message: DirectMessage, _ services: VerificationServices, reason: String? = nil) async throws {
        try await services.environment.conversations.end(userID: message.authorID, kind: VerificationServices.conversationKind)
        if try await services.sessions.settle(guild: services.guildID, user: message.authorID, as: .cancelled, now: services.now()) {
            await services.log(VerificationLogEvent(message.authorID, tag: nil, "Verification cancelled" + (reason.map { ": \($0)" } ?? ""),
                                                    isFailure: true))
        }
        var embed = VerificationViews.cancelled
        if let reason { embed.description = reason + " " + (embed.description ?? "") }
        await services.tellMember(in: message.channelID, MessageCreate(embeds: [embed]))
    }

    /// The invalid attempts so far, from the state `{"attempts":n}` (0 when unreadable).
    static func attempts(_ conversation: DMConversation) -> Int {
        let digits = conversation.state.filter { $0.isASCII && $0.isNumber }
        return Int(digits) ?? 0
    }
}
