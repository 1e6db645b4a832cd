import BotKit
import DiscordModels
import DiscordREST
import FeatureKit

/// The ticket embed's Close button (§6.8). Staff only, Security or higher through the route's gate
/// from `ModmailPolicy` (the incumbent let anyone close: defect 14). Its custom_id names the ticket, whose state is in
/// SQLite, so it keeps working after a restart. Closing ends the relay, strips the button, notes it
/// in the thread, archives and locks the thread, and tells the member.
enum CloseButton {
    /// Who may close a ticket: the rank `/modmailreply` needs.
    static let gate = ModmailPolicy.gate(ModmailPolicy.closeButton)

    /// Closes the ticket named by the pressed button.
    static func press(_ context: InteractionContext, _ services: ModmailServices) async throws {
        guard let id = context.customID, let ticketID = id.arguments.first, TicketID.isValid(ticketID),
              let ticket = try await services.store.ticket(ticketID), ticket.guildID == services.guildID else {
            throw BotKitError(.notFound, detail: "modmail ticket not found")
        }
        guard try await services.store.close(ticket, by: context.userID, now: services.now()) else {
            throw ModmailRefusal.ticketClosed(ticket.id)
        }
        await announce(ticket, closer: context.userID, closerName: context.interaction.invoker?.username ?? "staff",
                       channel: context.interaction.channelID, services)
        try await context.reply(.text("🔒 Ticket `\(ticket.id)` closed."))
    }

    /// The Discord side of a closed ticket; each step's failure is logged, never undoes the close.
    private static func announce(_ ticket: TicketRecord, closer: Snowflake, closerName: String, channel: Snowflake?,
                                 _ services: ModmailServices) async {
        if let channel, let message = ticket.messageID {
            do {
                _ = try await services.rest.editMessage(channelID: channel, messageID: message, MessageEdit(components: []))
            } catch {
                services.logger.info("modmail Close button not removed", metadata: ["error": "\(error)"])
            }
        }
        if let thread = ticket.threadID {
            _ = try? await services.rest.createMessage(channelID: thread, ModmailViews.closedNote(closerID: closer))
            do {
                _ = try await services.rest.editChannel(channelID: thread, ChannelParameters(archived: true, locked: true),
                                                        reason: "Modmail ticket \(ticket.id) closed")
            } catch {
                services.logger.info("modmail thread not archived", metadata: ["error": "\(error)"])
            }
        }
        _ = try? await services.directMessage(ticket.userID, MessageCreate(
            embeds: [ModmailViews.closedDM(ticketID: ticket.id, closerName: closerName)]))
    }
}
