import DiscordModels
import DiscordREST
import FeatureKit
import RaidDomain

/// The custom-role DM step (§7.7): the member sends a screenshot. `cancel` cancels, text and files
/// that are not images ask again; the first image puts the session in review and the outbox posts
/// its ticket. The session id is the conversation's state, so a restart resumes it.
enum CustomRoleScreenshotConversation {
    /// The DM conversation kind.
    static let kind = "customrole"
    /// The step name.
    static let step = "awaiting_screenshot"

    /// The conversation waiting for `userID`'s screenshot for session `session`.
    static func awaiting(_ userID: Snowflake, session: Int64, _ services: VerificationServices) -> DMConversation {
        DMConversation(userID: userID, kind: kind, step: step, state: "{\"session\":\(session)}", expiresAt: services.stepDeadline())
    }

    /// Continues `conversation` with `message`.
    static func receive(_ message: DirectMessage, _ conversation: DMConversation, _ services: VerificationServices) async throws {
        let userID = message.authorID
        guard let session = try await services.customSessions.session(sessionID(conversation)), session.userID == userID,
              session.status == .pendingScreenshot, session.isActive(now: services.now()),
              let config = try await services.customRoles.config(session.configID) else {
            try await services.environment.conversations.end(userID: userID, kind: kind)
            return await services.tellMember(in: message.channelID, MessageCreate(embeds: [CustomRoleViews.sessionGone]))
        }
        let roleName = await services.roleName(config.roleID), tag = await services.username(userID)
        if message.content.trimmingSpaces().lowercased() == "cancel" {
            _ = try await services.customSessions.endWaiting(
                session.id, user: userID, as: .cancelled,
                log: VerificationLogEvent(userID, tag: tag, "[Custom Role] \(roleName) verification cancelled by the member",
                                          isFailure: true), now: services.now())
            services.environment.outbox.nudge()
            return await services.tellMember(in: message.channelID, MessageCreate(embeds: [CustomRoleViews.cancelled]))
        }
        guard let screenshot = message.attachmentURLs.first(where: ScreenshotConversation.isImage) else {
            let answer = message.attachmentURLs.isEmpty ? CustomRoleViews.askAgain : CustomRoleViews.notAnImage
            return await services.tellMember(in: message.channelID, MessageCreate(content: answer))
        }
        guard await reachable(config.verificationChannelID, services) else {
            return await services.tellMember(in: message.channelID, MessageCreate(content: CustomRoleViews.channelGone))
        }
        guard try await services.customSessions.submit(
            session.id, user: userID, screenshot: screenshot,
            log: VerificationLogEvent(userID, tag: tag, "[Custom Role] Screenshot submitted for \(roleName); waiting for staff",
                                      image: screenshot), now: services.now()) else {
            return await services.tellMember(in: message.channelID, MessageCreate(embeds: [CustomRoleViews.sessionGone]))
        }
        services.environment.outbox.nudge()
        await services.tellMember(in: message.channelID, MessageCreate(embeds: [CustomRoleViews.submitted]))
    }

    /// Whether the ticket channel still exists for the bot (a transient failure counts as yes: the
    /// outbox retries the post).
    private static func reachable(_ channel: Snowflake, _ services: VerificationServices) async -> Bool {
        do {
            _ = try await services.rest.getChannel(channelID: channel)
            return true
        } catch let error as RESTError where error.isUnknownTarget {
            return false
        } catch {
            return true
        }
    }

    /// The session id in the state `{"session":n}` (0 when unreadable).
    static func sessionID(_ conversation: DMConversation) -> Int64 {
        Int64(conversation.state.filter { $0.isASCII && $0.isNumber }) ?? 0
    }
}
