/// The SQL of the headcount use cases (tables of `schema/0002_restart_state.sql`).
enum HeadcountQueries {
    /// A new active headcount. (guild, organizer, channel, now)
    static let insert = """
        INSERT INTO headcount (guild_id, organizer_id, channel_id, created_at) VALUES (?1, ?2, ?3, ?4) RETURNING id
        """

    /// One polled dungeon. (headcount, dungeon key, position 1…5)
    static let insertDungeon = """
        INSERT INTO headcount_dungeon (headcount_id, dungeon_key, position) VALUES (?1, ?2, ?3)
        """

    /// The whole headcount row as `HeadcountRecord` decodes it. (headcount, guild)
    static let load = """
        SELECT id, organizer_id, channel_id, message_id, status, converted_run_id, raid_log_thread_id, created_at
        FROM headcount WHERE id = ?1 AND guild_id = ?2
        """

    /// The polled dungeons in picking order. (headcount)
    static let dungeons = """
        SELECT dungeon_key FROM headcount_dungeon WHERE headcount_id = ?1 ORDER BY position
        """

    /// (headcount, user)
    static let isParticipant = """
        SELECT EXISTS (SELECT 1 FROM headcount_participant WHERE headcount_id = ?1 AND user_id = ?2)
        """

    /// (headcount, dungeon, user)
    static let participantKeys = """
        SELECT key_type FROM headcount_key WHERE headcount_id = ?1 AND dungeon_key = ?2 AND user_id = ?3
        """

    /// (headcount, user, now)
    static let join = """
        INSERT INTO headcount_participant (headcount_id, user_id, joined_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING
        """

    /// (headcount, user)
    static let leave = "DELETE FROM headcount_participant WHERE headcount_id = ?1 AND user_id = ?2"

    /// (headcount, dungeon, key, user, now)
    static let offerKey = """
        INSERT INTO headcount_key (headcount_id, dungeon_key, key_type, user_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
        ON CONFLICT DO NOTHING
        """

    /// (headcount, dungeon, key, user)
    static let withdrawKey = """
        DELETE FROM headcount_key WHERE headcount_id = ?1 AND dungeon_key = ?2 AND key_type = ?3 AND user_id = ?4
        """

    /// Participants in joining order. (headcount)
    static let participants = """
        SELECT user_id FROM headcount_participant WHERE headcount_id = ?1 ORDER BY joined_at, user_id
        """

    /// Key offers in offering order. (headcount)
    static let keys = """
        SELECT dungeon_key, key_type, user_id FROM headcount_key WHERE headcount_id = ?1 ORDER BY created_at, user_id
        """

    /// Closes an active headcount. (headcount, status, now, converted run or NULL)
    static let close = """
        UPDATE headcount SET status = ?2, ended_at = ?3, converted_run_id = ?4 WHERE id = ?1 AND status = 'active'
        """

    /// (headcount, message)
    static let setMessage = "UPDATE headcount SET message_id = ?2 WHERE id = ?1"
    /// (headcount, thread)
    static let setRaidLogThread = "UPDATE headcount SET raid_log_thread_id = ?2 WHERE id = ?1"

    /// Active headcounts created at or before a cutoff (the stale sweep). (guild, cutoff)
    static let createdBefore = """
        SELECT id FROM headcount WHERE guild_id = ?1 AND status = 'active' AND created_at <= ?2 ORDER BY created_at
        """

    /// Carries a dungeon's key offers into the new run as headcount-source key reactions (every
    /// offerer has a `member` row: `HeadcountStore.perform` writes it with the offer). (run, headcount, dungeon)
    static let copyKeysToRun = """
        INSERT INTO key_reaction (run_id, user_id, key_type, source, created_at)
        SELECT ?1, user_id, key_type, 'headcount', created_at FROM headcount_key
        WHERE headcount_id = ?2 AND dungeon_key = ?3
        ON CONFLICT DO NOTHING
        """
}
