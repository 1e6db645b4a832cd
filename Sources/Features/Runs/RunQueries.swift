/// The SQL of the run use cases. This file is also linked into Tests/StorageTests and the storage
/// benchmark, whose plan tests check the hot statements on a seeded, ANALYZEd database: keep it free
/// of imports, and keep the literals `status IN ('open', 'live')` and `awarded_completion = 0` as
/// they are, or the partial and pinned indexes stop matching.
enum RunQueries {
    static let ensureMember = """
        INSERT INTO member (id, username, created_at) VALUES (?1, ?2, ?3)
        ON CONFLICT (id) DO NOTHING
        """

    static let ensureGuild = """
        INSERT INTO guild (id, name, created_at) VALUES (?1, ?2, ?3)
        ON CONFLICT (id) DO NOTHING
        """

    /// The whole run row as `RunRecord` decodes it. (run id, guild id)
    static let loadRun = """
        SELECT id, organizer_id, dungeon_key, created_at, auto_end_minutes, description, status, end_reason,
               started_at, ended_at, party, location, chain_amount, join_locked, screenshot_url, o3_stage,
               key_pop_count, key_window_ends_at, guild_id, channel_id, post_message_id, role_id,
               ping_message_id, raid_log_thread_id, realm_score
        FROM run WHERE id = ?1 AND guild_id = ?2
        """

    /// The last runs' dungeons, newest first: walks the rowid backwards and stops after 50. The
    /// `+` keeps the planner off idx_run_guild_status, which would read and sort every run. (guild)
    static let recentDungeons = """
        SELECT dungeon_key FROM run WHERE +guild_id = ?1 ORDER BY id DESC LIMIT 50
        """

    /// The organizer's open or live runs (045 #3). (organizer, guild)
    static let organizerActiveRuns = """
        SELECT id, status, post_message_id, created_at, dungeon_key FROM run
        WHERE organizer_id = ?1 AND guild_id = ?2 AND status IN ('open', 'live')
        ORDER BY created_at DESC
        """

    /// The organizer's active headcount. (guild, organizer)
    static let organizerActiveHeadcount = """
        SELECT id, message_id, created_at FROM headcount WHERE guild_id = ?1 AND organizer_id = ?2 AND status = 'active'
        """

    /// A new run, open. (guild, organizer, dungeon key, label, channel, now, auto-end, description, party, location)
    static let insertRun = """
        INSERT INTO run (guild_id, organizer_id, dungeon_key, dungeon_label, channel_id, created_at, auto_end_minutes,
                         description, party, location)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id
        """

    /// Writes back what the rules may change. (run id, status, end reason, started, ended, party,
    /// location, chain, join lock, screenshot, o3 stage, key pops, key window end)
    static let saveState = """
        UPDATE run SET status = ?2, end_reason = ?3, started_at = ?4, ended_at = ?5, party = ?6, location = ?7,
               chain_amount = ?8, join_locked = ?9, screenshot_url = ?10, o3_stage = ?11, key_pop_count = ?12,
               key_window_ends_at = ?13, realm_score = ?14
        WHERE id = ?1
        """

    static let upsertReaction = """
        INSERT INTO reaction (run_id, user_id, state, updated_at) VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT (run_id, user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
        """

    /// (run id, user id, class, now)
    static let setClass = """
        UPDATE reaction SET class = ?3, updated_at = ?4 WHERE run_id = ?1 AND user_id = ?2
        """

    /// (run id, user id)
    static let participantState = """
        SELECT state FROM reaction WHERE run_id = ?1 AND user_id = ?2
        """

    /// (run id, user id)
    static let participantKeys = """
        SELECT key_type FROM key_reaction WHERE run_id = ?1 AND user_id = ?2 AND source = 'run'
        """

    /// (run id, user id, key, now)
    static let offerKey = """
        INSERT INTO key_reaction (run_id, user_id, key_type, source, created_at) VALUES (?1, ?2, ?3, 'run', ?4)
        ON CONFLICT DO NOTHING
        """

    /// (run id, user id, key)
    static let withdrawKey = """
        DELETE FROM key_reaction WHERE run_id = ?1 AND user_id = ?2 AND key_type = ?3 AND source = 'run'
        """

    /// Whether a member is suspended right now (defect 28). (guild, user, now)
    static let isSuspended = """
        SELECT EXISTS (SELECT 1 FROM punishment
            WHERE guild_id = ?1 AND user_id = ?2 AND active = 1 AND type = 'suspend' AND expires_at > ?3)
        """

    static let joinCount = """
        SELECT COUNT(*) FROM reaction WHERE run_id = ?1 AND state = 'join'
        """

    static let classCounts = """
        SELECT class, COUNT(*) FROM reaction WHERE run_id = ?1 AND state = 'join' AND class IS NOT NULL GROUP BY class
        """

    static let keyReactions = """
        SELECT key_type, user_id, source FROM key_reaction WHERE run_id = ?1 ORDER BY created_at, user_id
        """

    /// Snapshot the raiders joined now as pop n. (run id, pop number, now)
    static let takeSnapshot = """
        INSERT INTO key_pop_snapshot (run_id, key_pop_number, user_id, class, snapshot_time)
        SELECT run_id, ?2, user_id, class, ?3 FROM reaction WHERE run_id = ?1 AND state = 'join'
        ON CONFLICT DO NOTHING
        """

    /// Credit the not-yet-awarded members of a snapshot once each. (run id, pop number, raider points, now)
    static let awardSnapshot = """
        INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, dungeon_key, points, quota_points, created_at)
        SELECT r.guild_id, s.user_id, 'run_completed',
               'raider:' || s.run_id || ':' || s.key_pop_number || ':' || s.user_id, r.dungeon_key, ?3, 0, ?4
        FROM key_pop_snapshot AS s INDEXED BY idx_key_pop_snapshot_run_keypop
        JOIN run AS r ON r.id = s.run_id
        WHERE s.run_id = ?1 AND s.key_pop_number = ?2 AND s.awarded_completion = 0
        ON CONFLICT DO NOTHING
        """

    /// (run id, pop number, now)
    static let markSnapshotAwarded = """
        UPDATE key_pop_snapshot INDEXED BY idx_key_pop_snapshot_run_keypop
        SET awarded_completion = 1, awarded_at = ?3
        WHERE run_id = ?1 AND key_pop_number = ?2 AND awarded_completion = 0
        """

    /// Every joined raider of a run without key pops, once each. (run id, raider points, now)
    static let awardJoinedRaiders = """
        INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, dungeon_key, points, quota_points, created_at)
        SELECT r.guild_id, x.user_id, 'run_completed', 'raider:' || x.run_id || ':' || x.user_id, r.dungeon_key, ?2, 0, ?3
        FROM reaction AS x JOIN run AS r ON r.id = x.run_id
        WHERE x.run_id = ?1 AND x.state = 'join'
        ON CONFLICT DO NOTHING
        """

    /// The organizer's quota. (guild, organizer, subject, dungeon, quota points, role, now)
    static let awardOrganizer = """
        INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, dungeon_key, points, quota_points, quota_role_id, created_at)
        VALUES (?1, ?2, 'run_completed', ?3, ?4, 0, ?5, ?6, ?7)
        ON CONFLICT DO NOTHING
        """

    /// Raider completion points for a dungeon (no row: the default 1.00). (guild, dungeon)
    static let raiderPoints = """
        SELECT COALESCE((SELECT points FROM raider_points_config WHERE guild_id = ?1 AND dungeon_key = ?2), 100)
        """

    /// The quota configurations of a guild. (guild)
    static let quotaRoleConfigs = """
        SELECT discord_role_id, base_exalt_points, base_non_exalt_points FROM quota_role_config WHERE guild_id = ?1
        """

    /// The per-dungeon overrides of a guild for one dungeon. (guild, dungeon)
    static let quotaDungeonOverrides = """
        SELECT discord_role_id, points FROM quota_dungeon_override WHERE guild_id = ?1 AND dungeon_key = ?2
        """

    /// (run id, column value)
    static let setPostMessage = "UPDATE run SET post_message_id = ?2 WHERE id = ?1"
    static let setPingMessage = "UPDATE run SET ping_message_id = ?2 WHERE id = ?1"
    static let setRaidLogThread = "UPDATE run SET raid_log_thread_id = ?2 WHERE id = ?1"
    static let setRunRole = "UPDATE run SET role_id = ?2 WHERE id = ?1"

    /// A bot-created role, recorded as soon as Discord returns it. (role, guild, run or NULL, now)
    static let recordRunRole = """
        INSERT INTO run_role (role_id, guild_id, run_id, created_at) VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT (role_id) DO UPDATE SET run_id = excluded.run_id
        """

    /// (role, now)
    static let markRunRoleDeleted = "UPDATE run_role SET deleted_at = ?2 WHERE role_id = ?1 AND deleted_at IS NULL"

    /// Runs past their auto-end time, pinned like `activeRuns`. (guild, now)
    static let expiredRuns = """
        SELECT id FROM run INDEXED BY idx_run_guild_status
        WHERE guild_id = ?1 AND status IN ('open', 'live') AND created_at + auto_end_minutes * 60000 < ?2
        ORDER BY created_at
        """

    /// Bot-created run roles whose run is over (or never got created). (guild, created before)
    static let orphanedRunRoles = """
        SELECT rr.role_id FROM run_role AS rr LEFT JOIN run AS r ON r.id = rr.run_id
        WHERE rr.guild_id = ?1 AND rr.deleted_at IS NULL AND rr.created_at < ?2
          AND (r.id IS NULL OR r.status = 'ended')
        """
}
