import DiscordModels
import DiscordREST
import FeatureKit

/// Brings Discord in line with a custom-role session, run by the outbox (a `redraw` of
/// `customrole_ticket:<session>`, queued with each state change): in review, the ticket is posted in
/// the verification channel and remembered; decided or expired, the ticket is redrawn without its
/// buttons and the member told the decision (or that the request lapsed unreviewed). Each step is stamped in the session row, so a retry or
/// a restart repeats none that finished.
enum CustomRoleTicketSync {
    /// Carries out what session `id` still owes Discord.
    static func deliver(_ id: String, _ services: VerificationServices) async throws {
        let store = services.customSessions
        guard let sessionID = Int64(id), let session = try await store.session(sessionID),
              let config = try await services.customRoles.config(session.configID) else { return }
        switch session.status {
        case .pendingScreenshot: return
        case .pendingReview:
            guard session.ticketMessageID == nil else { return }
            let username = await services.username(session.userID) ?? "member"
            let ticket = try await services.rest.createMessage(channelID: config.verificationChannelID, CustomRoleViews.ticket(
                session, roleID: config.roleID, username: username))
            try await store.setTicket(session.id, message: ticket.id, shown: .pendingReview)
        case .approved, .denied, .expired, .cancelled:
            try await redrawTicket(session, config, services)
            // Cancelled is the member's own doing; an expired ticket waited 7 days unreviewed, so they are told.
            if session.status != .cancelled { try await tellMember(session, config, services) }
        }
    }

    private static func redrawTicket(_ session: CustomRoleSession, _ config: CustomRoleConfig,
                                     _ services: VerificationServices) async throws {
        guard let ticket = session.ticketMessageID, session.ticketShown != session.status.rawValue else { return }
        let view = CustomRoleViews.ticket(session, roleID: config.roleID, username: await services.username(session.userID) ?? "member")
        do {
            _ = try await services.rest.editMessage(channelID: config.verificationChannelID, messageID: ticket,
                                                    MessageEdit(embeds: view.embeds, components: view.components ?? []))
        } catch let error as RESTError where error.isUnknownTarget {
            services.logger.info("custom role ticket gone; not redrawn", metadata: ["session": "\(session.id)"])
        }
        try await services.customSessions.setTicketShown(session.id, session.status)
    }

    private static func tellMember(_ session: CustomRoleSession, _ config: CustomRoleConfig,
                                   _ services: VerificationServices) async throws {
        guard session.memberTold != session.status.rawValue else { return }
        let message = CustomRoleViews.decision(session, roleName: await services.roleName(config.roleID),
                                               guildName: await services.guildName())
        do {
            let channel = try await services.rest.openDM(recipientID: session.userID)
            _ = try await services.rest.createMessage(channelID: channel.id, message)
        } catch let error as RESTError where error.isUnknownTarget || error.isClientRefusal {
            services.logger.info("custom role decision DM not delivered", metadata: ["session": "\(session.id)", "error": "\(error)"])
        }
        try await services.customSessions.setMemberTold(session.id, session.status)
    }
}
