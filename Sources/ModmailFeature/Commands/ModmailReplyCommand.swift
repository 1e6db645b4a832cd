import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/modmailreply message` (§1.2), run in a ticket's thread: the member is DMed first, after any
/// plain staff thread messages still queued for them (closed DMs stop it with nothing recorded), then the reply and the replier's modmail-reply points are
/// written in one transaction, then the reply is shown in the thread.
enum ModmailReplyCommand {
    /// The declaration.
    static let declaration = CommandDeclaration(
        name: "modmailreply", description: "Reply to a modmail ticket (run it in the ticket's thread)",
        options: [ApplicationCommandOption(type: .string, name: "message", description: "Your reply (up to 2000 characters)",
                                           required: true, maxLength: ModmailConversation.contentLimit)],
        gate: ModmailPolicy.gate("modmailreply"), deferStyle: .ephemeralReply, usage: "/modmailreply message:<text>")

    /// Runs `/modmailreply`.
    static func handle(_ context: InteractionContext, _ services: ModmailServices) async throws {
        let text = (context.commandData?.value(of: "message")?.stringValue ?? "").trimmingSpaces()
        if let problem = ModmailConversation.problem(text, attachments: []) { throw ModmailRefusal.input(problem) }
        guard let thread = context.interaction.channelID, let ticket = try await services.store.ticket(thread: thread),
              ticket.guildID == services.guildID else { throw ModmailRefusal.notATicketThread }
        guard ticket.isOpen else { throw ModmailRefusal.ticketClosed(ticket.id) }
        let staffName = context.interaction.invoker?.username ?? "Staff"
        let guildName = await services.guildName()
        try await services.ticketLocks.serially(ticket.id) {
            try await StaffRelay.drain(ticket.id, services) // plain thread messages written before it go first
            try await services.directMessage(ticket.userID, MessageCreate(embeds: [ModmailViews.replyDM(
                text, ticketID: ticket.id, guildName: guildName)]))
        }
        let roles = context.standing.quotaRoles
        let points = try await services.store.recordReply(ticket, id: context.interaction.id, author: context.userID,
                                                          content: text, roles: roles, now: services.now())
        _ = try? await services.rest.createMessage(channelID: thread, MessageCreate(
            embeds: [ModmailViews.staffReply(text, staffName: staffName)]))
        await LogChannels(services.environment).post(ModmailViews.replyLog(ticket, staffID: context.userID), to: .botLog)
        let credit = points.hundredths > 0 ? " (+\(points) points)" : ""
        try await context.reply(.text("✅ Reply sent to <@\(ticket.userID)>\(credit)."))
    }
}
