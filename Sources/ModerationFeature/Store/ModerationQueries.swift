/// The moderation feature's SQL, in one place so the plan test and the store read the same text.
/// Queries on active punishments say `active = 1` literally, so the partial indexes apply.
enum ModerationQueries {
    /// A new punishment. (id, guild, user, moderator, type, reason, expires or NULL, now)
    static let insertPunishment = """
        INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, expires_at, active, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8)
        """
    /// One punishment, in any guild (the caller refuses another guild's). (id)
    static let punishment = "SELECT \(PunishmentRecord.columns) FROM punishment WHERE id = ?1"
    /// The member's most recent punishment of a type in force (idx_punishment_active).
    /// (guild, user, type, now)
    static let inForce = """
        SELECT \(PunishmentRecord.columns) FROM punishment
        WHERE guild_id = ?1 AND user_id = ?2 AND active = 1 AND expires_at > ?4 AND type = ?3
        ORDER BY expires_at DESC LIMIT 1
        """
    /// Removes an active punishment by hand. (id, now, remover, reason)
    static let remove = """
        UPDATE punishment SET active = 0, removed_at = ?2, removed_by = ?3, removal_reason = ?4
        WHERE id = ?1 AND active = 1
        """
    /// Suspensions and mutes past their expiry and not processed yet, oldest first
    /// (idx_punishment_expires); `+guild_id` keeps the planner on the expiry index. (now, guild)
    static let expiredDue = """
        SELECT id FROM punishment
        WHERE expires_at IS NOT NULL AND active = 1 AND expires_at <= ?1 AND +guild_id = ?2
        ORDER BY expires_at
        """
    /// Marks an expired punishment processed: no remover, the automatic reason. (id, now, reason)
    static let expire = """
        UPDATE punishment SET active = 0, removed_at = ?2, removed_by = NULL, removal_reason = ?3
        WHERE id = ?1 AND active = 1
        """
    /// Every punishment of a member, newest first (idx_punishment_guild_user). (guild, user)
    static let punishmentsOfMember = """
        SELECT \(PunishmentRecord.columns) FROM punishment WHERE guild_id = ?1 AND user_id = ?2
        ORDER BY created_at DESC, id
        """
    /// A new note. (id, guild, user, moderator, text, now)
    static let insertNote = """
        INSERT INTO note (id, guild_id, user_id, moderator_id, note_text, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        """
    /// One note, in any guild. (id)
    static let note = "SELECT \(NoteRecord.columns) FROM note WHERE id = ?1"
    /// Deletes a note. (id)
    static let deleteNote = "DELETE FROM note WHERE id = ?1"
    /// Every note of a member, newest first (idx_note_guild_user). (guild, user)
    static let notesOfMember = """
        SELECT \(NoteRecord.columns) FROM note WHERE guild_id = ?1 AND user_id = ?2 ORDER BY created_at DESC, id
        """
}

extension ModerationQueries {
    /// The member's main and alt IGN. (guild, user)
    static let igns = "SELECT ign, alt_ign FROM raider WHERE guild_id = ?1 AND user_id = ?2"
}
