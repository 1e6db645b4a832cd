/// The SQL of the run use cases. The Runs feature's plan tests and the storage benchmark run these
/// statements on a seeded, ANALYZEd database: keep the literal `status IN ('open', 'live')` as it
/// is, or the pinned index stops matching.
public enum RunQueries {
    /// The whole run row as `RunRecord` decodes it. (run id, guild id)
    public static let loadRun = """
        SELECT id, organizer_id, dungeon_key, created_at, auto_end_minutes, description, status, end_reason,
               started_at, ended_at, party, location, chain_amount, join_locked, screenshot_url, o3_stage,
               key_pop_count, key_window_ends_at, guild_id, channel_id, post_message_id, role_id,
               ping_message_id, raid_log_thread_id, realm_score
        FROM run WHERE id = ?1 AND guild_id = ?2
        """

    /// The last runs' dungeons, newest first: walks the rowid backwards and stops after 50. The
    /// `+` keeps the planner off idx_run_guild_status, which would read and sort every run. (guild)
    public static let recentDungeons = """
        SELECT dungeon_key FROM run WHERE +guild_id = ?1 ORDER BY id DESC LIMIT 50
        """

    /// A new run, open. (guild, organizer, dungeon key, label, channel, now, auto-end, description, party, location)
    public static let insertRun = """
        INSERT INTO run (guild_id, organizer_id, dungeon_key, dungeon_label, channel_id, created_at, auto_end_minutes,
                         description, party, location)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id
        """

    /// Writes back what the rules may change. (run id, status, end reason, started, ended, party,
    /// location, chain, join lock, screenshot, o3 stage, key pops, key window end)
    public static let saveState = """
        UPDATE run SET status = ?2, end_reason = ?3, started_at = ?4, ended_at = ?5, party = ?6, location = ?7,
               chain_amount = ?8, join_locked = ?9, screenshot_url = ?10, o3_stage = ?11, key_pop_count = ?12,
               key_window_ends_at = ?13, realm_score = ?14
        WHERE id = ?1
        """

    public static let upsertReaction = """
        INSERT INTO reaction (run_id, user_id, state, updated_at) VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT (run_id, user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
        """

    /// (run id, user id, class, now)
    public static let setClass = """
        UPDATE reaction SET class = ?3, updated_at = ?4 WHERE run_id = ?1 AND user_id = ?2
        """

    /// (run id, user id)
    public static let participantState = """
        SELECT state FROM reaction WHERE run_id = ?1 AND user_id = ?2
        """

    /// (run id, user id)
    public static let participantKeys = """
        SELECT key_type FROM key_reaction WHERE run_id = ?1 AND user_id = ?2 AND source = 'run'
        """

    /// (run id, user id, key, now)
    public static let offerKey = """
        INSERT INTO key_reaction (run_id, user_id, key_type, source, created_at) VALUES (?1, ?2, ?3, 'run', ?4)
        ON CONFLICT DO NOTHING
        """

    /// (run id, user id, key)
    public static let withdrawKey = """
        DELETE FROM key_reaction WHERE run_id = ?1 AND user_id = ?2 AND key_type = ?3 AND source = 'run'
        """

    public static let joinCount = """
        SELECT COUNT(*) FROM reaction WHERE run_id = ?1 AND state = 'join'
        """

    public static let classCounts = """
        SELECT class, COUNT(*) FROM reaction WHERE run_id = ?1 AND state = 'join' AND class IS NOT NULL GROUP BY class
        """

    public static let keyReactions = """
        SELECT key_type, user_id, source FROM key_reaction WHERE run_id = ?1 ORDER BY created_at, user_id
        """

    /// Snapshot the raiders joined now as pop n. (run id, pop number, now)
    public static let takeSnapshot = """
        INSERT INTO key_pop_snapshot (run_id, key_pop_number, user_id, class, snapshot_time)
        SELECT run_id, ?2, user_id, class, ?3 FROM reaction WHERE run_id = ?1 AND state = 'join'
        ON CONFLICT DO NOTHING
        """

    /// (run id, column value)
    public static let setPostMessage = "UPDATE run SET post_message_id = ?2 WHERE id = ?1"
    public static let setPingMessage = "UPDATE run SET ping_message_id = ?2 WHERE id = ?1"
    public static let setRaidLogThread = "UPDATE run SET raid_log_thread_id = ?2 WHERE id = ?1"
    public static let setRunRole = "UPDATE run SET role_id = ?2 WHERE id = ?1"

    /// A bot-created role, recorded as soon as Discord returns it. (role, guild, run or NULL, now)
    public static let recordRunRole = """
        INSERT INTO run_role (role_id, guild_id, run_id, created_at) VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT (role_id) DO UPDATE SET run_id = excluded.run_id
        """

    /// (role, now)
    public static let markRunRoleDeleted = "UPDATE run_role SET deleted_at = ?2 WHERE role_id = ?1 AND deleted_at IS NULL"

    /// Runs past their auto-end time, pinned like `activeRuns`. (guild, now)
    public static let expiredRuns = """
        SELECT id FROM run INDEXED BY idx_run_guild_status
        WHERE guild_id = ?1 AND status IN ('open', 'live') AND created_at + auto_end_minutes * 60000 < ?2
        ORDER BY created_at
        """

    /// Bot-created run roles whose run is over (or never got created). (guild, created before)
    public static let orphanedRunRoles = """
        SELECT rr.role_id FROM run_role AS rr LEFT JOIN run AS r ON r.id = rr.run_id
        WHERE rr.guild_id = ?1 AND rr.deleted_at IS NULL AND rr.created_at < ?2
          AND (r.id IS NULL OR r.status = 'ended')
        """
}
