import DiscordModels
import FeatureKit
import Storage

/// Custom-role sessions: each state change is one transaction holding the change, its veri_log
/// line and the outbox items of its Discord side effects (the ticket, the member's DM), so they
/// happen after it is durable and survive a restart.
struct CustomRoleSessionStore: Sendable {
    /// A pending session lives an hour (§7.7).
    static let pendingLifetime: Int64 = 60 * 60_000
    /// A session in review lives 7 days.
    static let reviewLifetime: Int64 = 7 * 24 * 60 * 60_000
    /// The outbox panel kind of a session's ticket and DM (`CustomRoleTicketSync`).
    static let ticketKind = "customrole_ticket"

    let database: Database
    let guild: Snowflake

    /// The outbox panel of session `id`.
    static func ticketPanel(_ id: Int64) -> String { "\(ticketKind):\(id)" }

    /// Session `id`, if any.
    func session(_ id: Int64) async throws -> CustomRoleSession? {
        try await database.fetchOne(CustomRoleQueries.session, id, map: Self.session)
    }

    /// Starts (or restarts) `user`'s session of `config` at `pending_screenshot` for an hour, opens
    /// the DM conversation `conversation(sessionID)` and logs `log`; refuses while another role's
    /// session runs or this one is with staff.
    func start(config: Int64, user: Snowflake, log: VerificationLogEvent, conversation: @escaping @Sendable (Int64) -> DMConversation,
               now: Int64) async throws -> CustomRoleStart {
        try await database.write { connection in
            if try connection.fetchValue(CustomRoleQueries.otherActive, guild, user, config, now, as: Int.self) ?? 0 > 0 {
                return .otherSessionActive
            }
            if let existing = try connection.fetchOne(CustomRoleQueries.sessionOfRole, guild, user, config, map: Self.session),
               existing.status == .pendingReview, existing.isActive(now: now) {
                return .inReview
            }
            guard let id = try connection.fetchValue(CustomRoleQueries.start, guild, user, config, now,
                                                     now + Self.pendingLifetime, as: Int64.self)
            else { return .otherSessionActive }
            try DMConversations.expect(conversation(id), connection, now: now)
            try VerificationLogStore.record(log, guild: guild, connection, now: now)
            return .started(sessionID: id)
        }
    }

    /// Ends a session still waiting for its screenshot as `status` (cancelled), with its conversation.
    func endWaiting(_ id: Int64, user: Snowflake, as status: CustomRoleSession.Status, log: VerificationLogEvent,
                    now: Int64) async throws -> Bool {
        try await database.write { connection in
            try DMConversations.end(userID: user, kind: CustomRoleScreenshotConversation.kind, connection)
            guard try connection.execute(CustomRoleQueries.endWaiting, id, status.rawValue, now) == 1 else { return false }
            try VerificationLogStore.record(log, guild: guild, connection, now: now)
            return true
        }
    }

    /// The screenshot is in: the session waits 7 days for staff and its ticket is posted.
    func submit(_ id: Int64, user: Snowflake, screenshot: String, log: VerificationLogEvent, now: Int64) async throws -> Bool {
        try await database.write { connection in
            guard try connection.execute(CustomRoleQueries.submit, id, screenshot, now, now + Self.reviewLifetime) == 1
            else { return false }
            try DMConversations.end(userID: user, kind: CustomRoleScreenshotConversation.kind, connection)
            try VerificationLogStore.record(log, guild: guild, connection, now: now)
            try Outbox.enqueue([.redraw(panel: Self.ticketPanel(id))], connection, now: now)
            return true
        }
    }

    /// A reviewer's decision (`approved`, or `denied` with `reason`) on a session in review before its
    /// deadline; false when it is not (decided already, expired, restarted). The ticket is redrawn and
    /// the member told through the outbox.
    func review(_ id: Int64, as status: CustomRoleSession.Status, reviewer: Snowflake, reason: String?,
                log: VerificationLogEvent, now: Int64) async throws -> Bool {
        try await database.write { connection in
            guard try connection.execute(CustomRoleQueries.review, id, status.rawValue, reviewer, reason, now) == 1
            else { return false }
            try VerificationLogStore.record(log, guild: guild, connection, now: now)
            try Outbox.enqueue([.redraw(panel: Self.ticketPanel(id))], connection, now: now)
            return true
        }
    }

    /// A session found past its deadline by a reviewer becomes `expired` (if the task has not made
    /// it so yet) and its ticket is marked.
    func lapse(_ id: Int64, now: Int64) async throws {
        try await database.write { connection in
            _ = try connection.execute(CustomRoleQueries.lapse, id, now)
            try Outbox.enqueue([.redraw(panel: Self.ticketPanel(id))], connection, now: now)
        }
    }

    /// The ticket of session `id` was posted as `message`, showing `status`.
    func setTicket(_ id: Int64, message: Snowflake, shown status: CustomRoleSession.Status) async throws {
        try await database.write { _ = try $0.execute(CustomRoleQueries.setTicket, id, message, status.rawValue) }
    }

    /// The ticket of session `id` now shows `status`.
    func setTicketShown(_ id: Int64, _ status: CustomRoleSession.Status) async throws {
        try await database.write { _ = try $0.execute(CustomRoleQueries.setTicketShown, id, status.rawValue) }
    }

    /// The member of session `id` was told about `status`.
    func setMemberTold(_ id: Int64, _ status: CustomRoleSession.Status) async throws {
        try await database.write { _ = try $0.execute(CustomRoleQueries.setMemberTold, id, status.rawValue) }
    }

    static func session(_ row: Row) throws -> CustomRoleSession {
        CustomRoleSession(
            id: try row.get(0, as: Int64.self), configID: try row.get(1, as: Int64.self), userID: try row.get(2, as: Snowflake.self),
            status: CustomRoleSession.Status(rawValue: try row.get(3, as: String.self)) ?? .expired,
            screenshotURL: try row.get(4, as: String?.self), ticketMessageID: try row.get(5, as: Snowflake?.self),
            reviewerID: try row.get(6, as: Snowflake?.self), denialReason: try row.get(7, as: String?.self),
            expiresAt: try row.get(8, as: Int64.self), ticketShown: try row.get(9, as: String?.self),
            memberTold: try row.get(10, as: String?.self))
    }
}
