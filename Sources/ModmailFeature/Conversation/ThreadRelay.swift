import DiscordModels

/// Posts a ticket's recorded member messages into its thread, oldest first, each stamped once
/// posted. The outbox runs it (a `redraw` of `modmail_relay:<ticket>`): recorded in the same
/// transaction as the DM, so a crash or restart resumes it, one ticket at a time, in order. A post
/// repeated after a crash between posting and stamping carries the same nonce, which Discord
/// deduplicates.
enum ThreadRelay {
    /// The outbox panel kind.
    static let panelKind = "modmail_relay"

    /// The outbox panel of `ticket`.
    static func panel(_ ticket: String) -> String { "\(panelKind):\(ticket)" }

    /// Posts what `ticketID` still owes its thread.
    static func deliver(_ ticketID: String, _ services: ModmailServices) async throws {
        guard let ticket = try await services.store.ticket(ticketID), let thread = ticket.threadID else { return }
        for pending in try await services.store.unrelayed(ticketID) {
            _ = try await services.rest.createMessage(channelID: thread, ModmailViews.relayed(pending, userID: ticket.userID))
            try await services.store.markRelayed(pending.messageID, now: services.now())
        }
    }
}
