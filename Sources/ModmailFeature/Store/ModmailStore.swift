import BotKit
import DiscordModels
import FeatureKit
import RaidDomain
import Storage

/// The modmail tables' only API: one method is one use case in one transaction. A draft and the
/// DM conversation that continues it are written together, so a restart mid-draft loses nothing;
/// a relayed DM, its "seen" mark and the outbox item that posts it commit together, so it is
/// posted once.
struct ModmailStore: Sendable {
    /// The conversation kind modmail registers with the DM layer.
    static let conversationKind = "modmail"
    /// An open ticket's conversation never times out: closing the ticket ends it.
    static let openTicketDeadline = Int64.max / 2

    /// Conversation steps.
    enum Step {
        static let awaitingMessage = "awaiting_message"
        static let confirming = "confirming"
        static let ticketOpen = "ticket_open"
    }

    let database: Database

    // MARK: Reads

    /// Whether `user` may not use modmail in `guild`.
    func isBlacklisted(_ user: Snowflake, guild: Snowflake) async throws -> Bool {
        (try await database.fetchValue(ModmailQueries.isBlacklisted, guild, user, as: Bool.self)) ?? false
    }

    /// The member's open ticket in `guild`, if any.
    func openTicket(of user: Snowflake, guild: Snowflake) async throws -> TicketRecord? {
        try await database.fetchOne(ModmailQueries.openTicket, guild, user, map: TicketRecord.row)
    }

    /// The ticket whose thread is `thread`.
    func ticket(thread: Snowflake) async throws -> TicketRecord? {
        try await database.fetchOne(ModmailQueries.ticketByThread, thread, map: TicketRecord.row)
    }

    /// The ticket `id`.
    func ticket(_ id: String) async throws -> TicketRecord? {
        try await database.fetchOne(ModmailQueries.ticket, id, map: TicketRecord.row)
    }

    /// The member's draft still open at `now`.
    func draft(of user: Snowflake, now: Int64) async throws -> DraftRecord? {
        try await database.fetchOne(ModmailQueries.draft, user, now, map: DraftRecord.row)
    }

    /// The member messages of `ticket` not posted in its thread yet, oldest first.
    func unrelayed(_ ticket: String) async throws -> [PendingRelay] {
        try await database.read { connection in
            try connection.fetchAll(ModmailQueries.unrelayed, ticket) { row in
                PendingRelay(messageID: try row.get(0, as: Int64.self), content: try row.get(1, as: String.self),
                             attachments: AttachmentList.decode(try row.get(2, as: String.self)))
            }
        }
    }

    // MARK: Drafts

    /// Starts the member's draft and waits for their DM until `expires`.
    func startDraft(_ user: Snowflake, guild: Snowflake, dmChannel: Snowflake, now: Int64, expires: Int64) async throws {
        try await database.write { connection in
            try connection.execute(ModmailQueries.startDraft, user, guild, dmChannel, now, expires)
            try DMConversations.expect(DMConversation(userID: user, kind: Self.conversationKind, step: Step.awaitingMessage,
                                                      expiresAt: expires), connection, now: now)
        }
    }

    /// Stores the member's message (DM `messageID`) as previewed; false when the draft moved on meanwhile.
    func confirmDraft(_ user: Snowflake, content: String?, attachments: [String], preview: Snowflake, messageID: Snowflake,
                      now: Int64, expires: Int64) async throws -> Bool {
        try await database.write { connection in
            let changed = try connection.execute(ModmailQueries.confirmDraft, user, content,
                                                 AttachmentList.encode(attachments), preview, now, expires)
            guard changed == 1 else { return false }
            try DMConversations.expect(DMConversation(userID: user, kind: Self.conversationKind, step: Step.confirming,
                                                      expiresAt: expires), connection, now: now)
            try DMConversations.markSeen(messageID, connection, now: now)
            return true
        }
    }

    /// Drops the member's draft and its conversation (Cancel, expiry).
    func discardDraft(_ user: Snowflake) async throws {
        try await database.write { connection in
            try connection.execute(ModmailQueries.deleteDraft, user)
            try DMConversations.end(userID: user, kind: Self.conversationKind, connection)
        }
    }

    // MARK: Tickets

    /// A ticket about to be written, its Discord message and thread already posted.
    struct Opening: Sendable {
        let id: String
        let guildID: Snowflake
        let userID: Snowflake
        let threadID: Snowflake
        let messageID: Snowflake
        let content: String
        let attachments: [String]
        let now: Int64
    }

    /// Writes the ticket and its first message, drops the draft and turns the conversation into the
    /// ticket's relay, in one transaction. Throws a constraint violation when a ticket is already open.
    func open(_ opening: Opening) async throws {
        try await database.write { connection in
            try connection.execute(ModmailQueries.insertTicket, opening.id, opening.guildID, opening.userID,
                                   opening.threadID, opening.messageID, opening.now)
            try connection.execute(ModmailQueries.insertMessage, nil as Int64?, opening.id, opening.userID, opening.content,
                                   AttachmentList.encode(opening.attachments), opening.now, false, opening.now)
            try connection.execute(ModmailQueries.deleteDraft, opening.userID)
            try DMConversations.expect(DMConversation(userID: opening.userID, kind: Self.conversationKind,
                                                      step: Step.ticketOpen, expiresAt: Self.openTicketDeadline),
                                       connection, now: opening.now)
        }
    }

    /// Records the member's DM on their open ticket with its "seen" mark and the outbox item that
    /// posts it; false (and the conversation ended) when the ticket is no longer open.
    func relay(_ message: DirectMessage, guild: Snowflake, now: Int64) async throws -> Bool {
        try await database.write { connection in
            guard let ticket = try connection.fetchOne(ModmailQueries.openTicket, guild, message.authorID,
                                                       map: TicketRecord.row) else {
                try DMConversations.end(userID: message.authorID, kind: Self.conversationKind, connection)
                return false
            }
            try connection.execute(ModmailQueries.insertMessage, message.id, ticket.id, message.authorID, message.content,
                                   AttachmentList.encode(message.attachmentURLs), now, false, nil as Int64?)
            try DMConversations.markSeen(message.id, connection, now: now)
            try Outbox.enqueue([.redraw(panel: ThreadRelay.panel(ticket.id))], connection, now: now)
            return true
        }
    }

    /// Marks member message `id` posted in the thread.
    func markRelayed(_ id: Int64, now: Int64) async throws {
        try await database.write { _ = try $0.execute(ModmailQueries.markRelayed, id, now) }
    }

    /// Records a staff reply (already DMed) and the replier's modmail-reply points.
    func recordReply(_ ticket: TicketRecord, id: Snowflake, author: Snowflake, content: String, roles: Set<RoleID>,
                     now: Int64) async throws -> Points {
        try await database.write { connection in
            try connection.execute(ModmailQueries.insertMessage, id, ticket.id, author, content, "[]", now, true, now)
            try FirstContact.ensureGuild(connection, ticket.guildID, now: now)
            try FirstContact.ensureMember(connection, author, now: now)
            return try PointsLedger(connection, guildID: ticket.guildID.rawValue, now: Timestamp(unixMilliseconds: now))
                .awardModeration(.modmailReply, actor: MemberID(author.rawValue), target: MemberID(ticket.userID.rawValue),
                                 roles: roles)
        }
    }

    /// Closes `ticket` and ends its relay; false when it was already closed.
    func close(_ ticket: TicketRecord, by closer: Snowflake, now: Int64) async throws -> Bool {
        try await database.write { connection in
            guard try connection.execute(ModmailQueries.closeTicket, ticket.id, now, closer) == 1 else { return false }
            try DMConversations.end(userID: ticket.userID, kind: Self.conversationKind, connection)
            return true
        }
    }

    // MARK: Staff thread messages (issue 10)

    /// The guild's modmail settings (the defaults without a row).
    func settings(guild: Snowflake) async throws -> ModmailSettings {
        try await database.read { connection in
            try connection.fetchOne(ModmailQueries.settings, guild) { row in
                ModmailSettings(relayThreadMessages: try row.get(0, as: Bool.self), ignorePrefix: try row.get(1, as: String.self))
            } ?? ModmailSettings()
        }
    }

    /// Turns the relay of plain thread messages on or off, with its audit row.
    func setThreadRelay(_ settings: ModmailSettings, guild: Snowflake, by actor: Snowflake, now: Int64) async throws {
        try await database.write { connection in
            try FirstContact.ensureGuild(connection, guild, now: now)
            try connection.execute(ModmailQueries.setThreadRelay, guild, settings.relayThreadMessages, settings.ignorePrefix,
                                   now, actor)
            try CommandLogStore.insertAudit(AuditEntry(
                guildID: guild, actorID: actor, action: "modmail.config", subject: "guild:\(guild)",
                metadataJSON: "{\"relay_thread_messages\":\(settings.relayThreadMessages),"
                    + "\"ignore_prefix\":\(JSONQuoting.quoted(settings.ignorePrefix))}",
                createdAtUnixMilliseconds: now), on: connection)
        }
    }

    /// The open ticket of `thread` when its guild relays plain thread messages, with the ignore prefix.
    func relayingTicket(thread: Snowflake) async throws -> (ticket: TicketRecord, ignorePrefix: String)? {
        try await database.read { connection in
            try connection.fetchOne(ModmailQueries.relayingTicket, thread) { row in
                (ticket: try TicketRecord.row(row), ignorePrefix: try row.get(6, as: String.self))
            }
        }
    }

    /// Records a staff thread message with the outbox item that DMs it, in one transaction; false
    /// when it was recorded before (a re-delivered MESSAGE_CREATE) or the ticket closed meanwhile.
    func recordStaffMessage(_ message: StaffThreadMessage, ticket: String, now: Int64) async throws -> Bool {
        try await database.write { connection in
            guard try connection.fetchValue(ModmailQueries.isOpen, ticket, as: Bool.self) ?? false else { return false }
            let inserted = try connection.execute(ModmailQueries.insertMessage, message.id, ticket, message.authorID,
                                                  message.content, AttachmentList.encode(message.attachments), now, true,
                                                  nil as Int64?)
            guard inserted == 1 else { return false }
            try Outbox.enqueue([.redraw(panel: StaffRelay.panel(ticket))], connection, now: now)
            return true
        }
    }

    /// The staff messages of `ticket` not DMed yet, oldest first.
    func unsentStaffMessages(_ ticket: String) async throws -> [PendingRelay] {
        try await database.read { connection in
            try connection.fetchAll(ModmailQueries.unsentStaffMessages, ticket) { row in
                PendingRelay(messageID: try row.get(0, as: Int64.self), content: try row.get(1, as: String.self),
                             attachments: AttachmentList.decode(try row.get(2, as: String.self)))
            }
        }
    }

    /// Takes staff message `id` off the queue: DMed, or given up (`failed`).
    func markStaffMessage(_ id: Int64, failed: Bool, now: Int64) async throws {
        try await database.write { _ = try $0.execute(ModmailQueries.markStaffMessage, id, now, failed) }
    }

    // MARK: Blacklist

    /// Blacklists `user` in `guild` with its audit row.
    func blacklist(_ user: Snowflake, guild: Snowflake, reason: String, by actor: Snowflake, now: Int64) async throws {
        try await database.write { connection in
            try FirstContact.ensureGuild(connection, guild, now: now)
            try FirstContact.ensureMember(connection, user, now: now)
            try FirstContact.ensureMember(connection, actor, now: now)
            try connection.execute(ModmailQueries.blacklist, guild, user, reason, actor, now)
            try Self.audit("modmail.blacklist", user: user, guild: guild, actor: actor, reason: reason, now: now, connection)
        }
    }

    /// Lifts `user`'s blacklist with its audit row; false when they were not blacklisted.
    func unblacklist(_ user: Snowflake, guild: Snowflake, reason: String, by actor: Snowflake, now: Int64) async throws -> Bool {
        try await database.write { connection in
            guard try connection.execute(ModmailQueries.unblacklist, guild, user) == 1 else { return false }
            try FirstContact.ensureMember(connection, actor, now: now)
            try Self.audit("modmail.unblacklist", user: user, guild: guild, actor: actor, reason: reason, now: now, connection)
            return true
        }
    }

    private static func audit(_ action: String, user: Snowflake, guild: Snowflake, actor: Snowflake, reason: String,
                              now: Int64, _ connection: Connection) throws {
        try CommandLogStore.insertAudit(AuditEntry(
            guildID: guild, actorID: actor, action: action, subject: "user:\(user)",
            metadataJSON: "{\"reason\":\(JSONQuoting.quoted(reason))}", createdAtUnixMilliseconds: now), on: connection)
    }
}
