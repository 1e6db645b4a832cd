/// The modmail feature's SQL, in one place.
enum ModmailQueries {
    /// Starts (or restarts) a member's draft, waiting for their message. (user, guild, dm channel, now, expires)
    static let startDraft = """
        INSERT INTO modmail_draft (user_id, guild_id, stage, content, attachments, dm_channel_id, preview_message_id,
                                   created_at, updated_at, expires_at)
        VALUES (?1, ?2, 'awaiting_message', NULL, '[]', ?3, NULL, ?4, ?4, ?5)
        ON CONFLICT (user_id) DO UPDATE SET guild_id = excluded.guild_id, stage = excluded.stage, content = NULL,
            attachments = '[]', dm_channel_id = excluded.dm_channel_id, preview_message_id = NULL,
            created_at = excluded.created_at, updated_at = excluded.updated_at, expires_at = excluded.expires_at
        """
    /// The member's message, previewed. (user, content, attachments JSON, preview message, now, expires)
    static let confirmDraft = """
        UPDATE modmail_draft SET stage = 'confirming', content = ?2, attachments = ?3, preview_message_id = ?4,
            updated_at = ?5, expires_at = ?6
        WHERE user_id = ?1 AND stage = 'awaiting_message'
        """
    /// The member's draft still open. (user, now)
    static let draft = """
        SELECT user_id, guild_id, stage, content, attachments, dm_channel_id, preview_message_id FROM modmail_draft
        WHERE user_id = ?1 AND expires_at > ?2
        """
    /// (user)
    static let deleteDraft = "DELETE FROM modmail_draft WHERE user_id = ?1"

    /// Whether the member is blacklisted from modmail in the guild. (guild, user)
    static let isBlacklisted = """
        SELECT EXISTS (SELECT 1 FROM raider WHERE guild_id = ?1 AND user_id = ?2 AND modmail_blacklisted = 1)
        """
    /// Blacklists, creating a pending raider row if needed; never touches the status or the IGNs, so
    /// blacklisting never unverifies (defect 27; `/unverify` in turn keeps these columns). (guild, user, reason, by, now)
    static let blacklist = """
        INSERT INTO raider (guild_id, user_id, created_at, modmail_blacklisted, modmail_blacklist_reason,
                            modmail_blacklisted_by, modmail_blacklisted_at)
        VALUES (?1, ?2, ?5, 1, ?3, ?4, ?5)
        ON CONFLICT (guild_id, user_id) DO UPDATE SET modmail_blacklisted = 1, modmail_blacklist_reason = excluded.modmail_blacklist_reason,
            modmail_blacklisted_by = excluded.modmail_blacklisted_by, modmail_blacklisted_at = excluded.modmail_blacklisted_at
        """
    /// Lifts a blacklist. (guild, user)
    static let unblacklist = """
        UPDATE raider SET modmail_blacklisted = 0, modmail_blacklist_reason = NULL, modmail_blacklisted_by = NULL,
            modmail_blacklisted_at = NULL
        WHERE guild_id = ?1 AND user_id = ?2 AND modmail_blacklisted = 1
        """

    /// The columns of `TicketRecord`.
    static let ticketColumns = "ticket_id, guild_id, user_id, status, thread_id, message_id"
    /// The member's open ticket in the guild (uq_modmail_ticket_open). (guild, user)
    static let openTicket = """
        SELECT \(ticketColumns) FROM modmail_ticket WHERE guild_id = ?1 AND user_id = ?2 AND status = 'open'
        """
    /// The ticket of a thread (uq_modmail_ticket_thread). (thread)
    static let ticketByThread = "SELECT \(ticketColumns) FROM modmail_ticket WHERE thread_id = ?1"
    /// (ticket)
    static let ticket = "SELECT \(ticketColumns) FROM modmail_ticket WHERE ticket_id = ?1"
    /// (ticket, guild, user, thread, message, now)
    static let insertTicket = """
        INSERT INTO modmail_ticket (ticket_id, guild_id, user_id, status, thread_id, message_id, created_at)
        VALUES (?1, ?2, ?3, 'open', ?4, ?5, ?6)
        """
    /// (ticket, now, closer)
    static let closeTicket = """
        UPDATE modmail_ticket SET status = 'closed', closed_at = ?2, closed_by = ?3 WHERE ticket_id = ?1 AND status = 'open'
        """
    /// A message of a ticket; the id is Discord's (a DM's or an interaction's) when there is one.
    /// (id or NULL, ticket, author, content, attachments JSON, now, staff, relayed_at or NULL)
    static let insertMessage = """
        INSERT INTO modmail_message (message_id, ticket_id, author_id, content, attachments, sent_at, is_staff_reply, relayed_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        ON CONFLICT (message_id) DO NOTHING
        """
    /// The member's messages not yet posted in the thread, oldest first. (ticket)
    static let unrelayed = """
        SELECT message_id, content, attachments FROM modmail_message
        WHERE ticket_id = ?1 AND relayed_at IS NULL AND is_staff_reply = 0 ORDER BY message_id
        """
    /// Staff thread messages not yet DMed to the member, oldest first. (ticket)
    static let unsentStaffMessages = """
        SELECT message_id, content, attachments FROM modmail_message
        WHERE ticket_id = ?1 AND relayed_at IS NULL AND is_staff_reply = 1 ORDER BY message_id
        """
    /// A staff message DMed (failed 0) or given up (failed 1). (message, now, failed)
    static let markStaffMessage = """
        UPDATE modmail_message SET relayed_at = ?2, relay_failed = ?3 WHERE message_id = ?1 AND relayed_at IS NULL
        """

    /// The guild's modmail settings. (guild)
    static let settings = "SELECT relay_thread_messages, ignore_prefix FROM guild_modmail_config WHERE guild_id = ?1"
    /// (guild, relay, prefix, now, actor)
    static let setThreadRelay = """
        INSERT INTO guild_modmail_config (guild_id, relay_thread_messages, ignore_prefix, updated_at, updated_by)
        VALUES (?1, ?2, ?3, ?4, ?5)
        ON CONFLICT (guild_id) DO UPDATE SET relay_thread_messages = excluded.relay_thread_messages,
            ignore_prefix = excluded.ignore_prefix, updated_at = excluded.updated_at, updated_by = excluded.updated_by
        """
    /// The open ticket of a thread whose guild relays plain thread messages, with its ignore prefix. (thread)
    static let relayingTicket = """
        SELECT t.ticket_id, t.guild_id, t.user_id, t.status, t.thread_id, t.message_id, c.ignore_prefix
        FROM modmail_ticket t JOIN guild_modmail_config c ON c.guild_id = t.guild_id AND c.relay_thread_messages = 1
        WHERE t.thread_id = ?1 AND t.status = 'open'
        """
    /// Whether the ticket is still open. (ticket)
    static let isOpen = "SELECT EXISTS (SELECT 1 FROM modmail_ticket WHERE ticket_id = ?1 AND status = 'open')"
    /// (message, now)
    static let markRelayed = "UPDATE modmail_message SET relayed_at = ?2 WHERE message_id = ?1"
}
