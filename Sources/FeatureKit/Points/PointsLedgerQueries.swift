/// The SQL of `PointsLedger`: every statement that writes `quota_event` lives here.
public enum PointsLedgerQueries {
    /// The configured raider completion points of a dungeon, or no row. (guild, dungeon)
    public static let raiderPoints = """
        SELECT points FROM raider_points_config WHERE guild_id = ?1 AND dungeon_key = ?2
        """

    /// The configured key-pop points per key of a dungeon, or no row. (guild, dungeon)
    public static let keyPopPoints = """
        SELECT points FROM key_pop_points_config WHERE guild_id = ?1 AND dungeon_key = ?2
        """

    /// Credit the not-yet-credited members of a snapshot once each. (run id, pop number, raider points, now)
    public static let creditSnapshot = """
        INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, dungeon_key, points, quota_points, created_at)
        SELECT r.guild_id, s.user_id, 'run_completed',
               'raider:' || s.run_id || ':' || s.key_pop_number || ':' || s.user_id, r.dungeon_key, ?3, 0, ?4
        FROM key_pop_snapshot AS s INDEXED BY idx_key_pop_snapshot_run_keypop
        JOIN run AS r ON r.id = s.run_id
        WHERE s.run_id = ?1 AND s.key_pop_number = ?2 AND s.awarded_completion = 0
        ON CONFLICT DO NOTHING
        """

    /// (run id, pop number, now)
    public static let markSnapshotCredited = """
        UPDATE key_pop_snapshot INDEXED BY idx_key_pop_snapshot_run_keypop
        SET awarded_completion = 1, awarded_at = ?3
        WHERE run_id = ?1 AND key_pop_number = ?2 AND awarded_completion = 0
        """

    /// Every joined raider of a run without key pops, once each. (run id, raider points, now)
    public static let creditJoinedRaiders = """
        INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, dungeon_key, points, quota_points, created_at)
        SELECT r.guild_id, x.user_id, 'run_completed', 'raider:' || x.run_id || ':' || x.user_id, r.dungeon_key, ?2, 0, ?3
        FROM reaction AS x JOIN run AS r ON r.id = x.run_id
        WHERE x.run_id = ?1 AND x.state = 'join'
        ON CONFLICT DO NOTHING
        """

    /// The organizer's quota. (guild, organizer, subject, dungeon, quota points, role, now)
    public static let creditOrganizer = """
        INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, dungeon_key, points, quota_points, quota_role_id, created_at)
        VALUES (?1, ?2, 'run_completed', ?3, ?4, 0, ?5, ?6, ?7)
        ON CONFLICT DO NOTHING
        """

    /// A logged key pop. (guild, member, subject, dungeon, points, now)
    public static let logKeyPop = """
        INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, dungeon_key, points, quota_points, created_at)
        VALUES (?1, ?2, 'run_completed', ?3, ?4, ?5, 0, ?6) ON CONFLICT DO NOTHING
        """

    /// The member's popped-key count per dungeon, never below zero. (guild, member, dungeon, signed count, now)
    public static let countKeyPops = """
        INSERT INTO key_pop (guild_id, user_id, dungeon_key, key_type, count, last_popped_at)
        VALUES (?1, ?2, ?3, 'key', MAX(?4, 0), ?5)
        ON CONFLICT (guild_id, user_id, dungeon_key, key_type)
        DO UPDATE SET count = MAX(count + ?4, 0), last_popped_at = excluded.last_popped_at
        """

    /// A member's popped-key count of one dungeon. (guild, member, dungeon)
    public static let keyCount = """
        SELECT count FROM key_pop WHERE guild_id = ?1 AND user_id = ?2 AND dungeon_key = ?3 AND key_type = 'key'
        """

    /// The quota configurations of a guild. (guild)
    public static let quotaRoleConfigs = """
        SELECT discord_role_id, base_exalt_points, base_non_exalt_points FROM quota_role_config WHERE guild_id = ?1
        """

    /// The per-dungeon overrides of a guild for one dungeon. (guild, dungeon)
    public static let quotaDungeonOverrides = """
        SELECT discord_role_id, points FROM quota_dungeon_override WHERE guild_id = ?1 AND dungeon_key = ?2
        """
}
