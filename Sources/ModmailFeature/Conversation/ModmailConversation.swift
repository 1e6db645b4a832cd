import DiscordModels
import FeatureKit
import RaidDomain

/// The member's DMs to the bot, as the DM conversation layer hands them over (once each): the
/// message of a draft, a stray DM while the preview waits, or a later message on an open ticket,
/// which is recorded and relayed into the ticket's thread.
enum ModmailConversation {
    /// The longest message text (Discord's own message limit, the incumbent's check).
    static let contentLimit = 2000

    /// Continues `conversation` with `message`.
    static func receive(_ message: DirectMessage, _ conversation: DMConversation, _ services: ModmailServices) async throws {
        switch conversation.step {
        case ModmailStore.Step.awaitingMessage: try await draftMessage(message, services)
        case ModmailStore.Step.confirming:
            await services.tellMember(in: message.channelID, MessageCreate(
                content: "Use **Send** or **Cancel** on the preview above, or run `/modmail` to start again."))
        case ModmailStore.Step.ticketOpen: try await relay(message, services)
        default: try await services.store.discardDraft(message.authorID)
        }
    }

    /// The draft's message: checked, previewed with Send and Cancel, stored as the draft's content.
    private static func draftMessage(_ message: DirectMessage, _ services: ModmailServices) async throws {
        guard try await services.store.draft(of: message.authorID, now: services.now()) != nil else {
            return try await services.store.discardDraft(message.authorID)
        }
        let content = message.content.trimmingSpaces()
        if let problem = problem(content, attachments: message.attachmentURLs) {
            return await services.tellMember(in: message.channelID, MessageCreate(
                content: problem.reply + " Send your message again (I'm still waiting)."))
        }
        let text: String? = content.isEmpty ? nil : content
        let preview = try await services.rest.createMessage(channelID: message.channelID, ModmailViews.preview(
            userID: message.authorID, content: text, attachments: message.attachmentURLs,
            guildName: await services.guildName()))
        _ = try await services.store.confirmDraft(message.authorID, content: text, attachments: message.attachmentURLs,
                                                  preview: preview.id, messageID: message.id, now: services.now(),
                                                  expires: services.stepDeadline())
    }

    /// Why a draft message is refused: empty, or text over the limit.
    static func problem(_ content: String, attachments: [String]) -> InputProblem? {
        if content.isEmpty && attachments.isEmpty { return .textMissing(field: "Message") }
        if content.storedLength > contentLimit { return .textTooLong(field: "Message", limit: contentLimit) }
        return nil
    }

    /// A later DM on an open ticket: recorded with its outbox item, then the worker posts it.
    private static func relay(_ message: DirectMessage, _ services: ModmailServices) async throws {
        guard !message.content.isEmpty || !message.attachmentURLs.isEmpty else { return }
        if try await services.store.relay(message, guild: services.guildID, now: services.now()) {
            services.environment.outbox.nudge()
        }
    }
}
