import BotKit
import DiscordModels
import DiscordREST
import FeatureKit
import Storage

/// The preview's Send and Cancel (§2.8), pressed in DMs by the member who wrote it. Send posts the
/// ticket embed with its Close button, opens the thread, then writes the ticket, its first message
/// and the relay conversation in one transaction; if that write is refused (a ticket opened
/// meanwhile), the posts are taken back, as the incumbent did.
enum DraftButtons {
    /// Send.
    static func send(_ context: InteractionContext, _ services: ModmailServices) async throws {
        let draft = try await ownDraft(context, services)
        guard draft.stage == .confirming else { throw ModmailRefusal.draftGone }
        try await services.admitNewTicket(from: draft.userID)
        let channel = try await services.modmailChannel()
        let id = TicketID.make(), username = context.interaction.invoker?.username ?? "member"
        let content = draft.content ?? ""
        let guildName = await services.guildName()
        let posted: Message, thread: Channel
        do {
            posted = try await services.rest.createMessage(channelID: channel, ModmailViews.ticket(
                id: id, userID: draft.userID, username: username, content: content, attachments: draft.attachments,
                guildName: guildName))
            thread = try await services.rest.createThread(channelID: channel, messageID: posted.id, ThreadParameters(
                name: String("\(id) - \(username)".prefix(100)), autoArchiveDuration: 1440))
        } catch let error as RESTError {
            services.logger.warning("modmail ticket not posted", metadata: ["error": "\(error)"])
            throw ModmailRefusal.discordRefused("post the ticket")
        }
        do {
            try await services.store.open(ModmailStore.Opening(
                id: id, guildID: services.guildID, userID: draft.userID, threadID: thread.id, messageID: posted.id,
                content: content, attachments: draft.attachments, now: services.now()))
        } catch {
            await takeBack(posted, in: channel, thread: thread.id, services)
            if let open = try? await services.store.openTicket(of: draft.userID, guild: services.guildID) {
                throw ModmailRefusal.ticketAlreadyOpen(open.id)
            }
            throw error
        }
        let settings = (try? await services.store.settings(guild: services.guildID)) ?? ModmailSettings()
        _ = try? await services.rest.createMessage(channelID: thread.id, ModmailViews.threadIntro(userID: draft.userID,
                                                                                                 settings: settings))
        try await context.reply(Reply(embeds: [ModmailViews.sent(ticketID: id)]))
    }

    /// Cancel: the draft and its conversation go.
    static func cancel(_ context: InteractionContext, _ services: ModmailServices) async throws {
        _ = try await ownDraft(context, services)
        try await services.store.discardDraft(context.userID)
        try await context.reply(Reply(embeds: [ModmailViews.cancelled]))
    }

    /// The presser's own draft, still open.
    private static func ownDraft(_ context: InteractionContext, _ services: ModmailServices) async throws -> DraftRecord {
        guard let id = context.customID else { throw BotKitError(.malformedComponent, detail: "modmail without id") }
        guard try id.snowflake(0) == context.userID else { throw ModmailRefusal.notYourDraft }
        guard let draft = try await services.store.draft(of: context.userID, now: services.now()) else {
            _ = try? await context.reply(Reply(embeds: [ModmailViews.expired]))
            throw ModmailRefusal.draftGone
        }
        return draft
    }

    /// Deletes the ticket message and thread Discord holds for a ticket that was not written.
    private static func takeBack(_ message: Message, in channel: Snowflake, thread: Snowflake,
                                 _ services: ModmailServices) async {
        do {
            try await services.rest.deleteChannel(channelID: thread, reason: "Modmail ticket not recorded")
            try await services.rest.deleteMessage(channelID: channel, messageID: message.id, reason: "Modmail ticket not recorded")
        } catch {
            services.logger.warning("unrecorded modmail ticket left in Discord", metadata: ["error": "\(error)"])
        }
    }
}
