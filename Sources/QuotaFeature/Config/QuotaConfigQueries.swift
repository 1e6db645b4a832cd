/// The SQL of `QuotaConfigEditor`: every statement that writes `quota_role_config` and
/// `quota_dungeon_override`.
enum QuotaConfigQueries {
    /// One role's configuration. (guild, role)
    static let select = """
        SELECT required_points, period_start_at, reset_at, rollover_week_hour, panel_message_id, base_exalt_points,
               base_non_exalt_points, verify_points, warn_points, suspend_points, modmail_reply_points, editname_points,
               addnote_points
        FROM quota_role_config WHERE guild_id = ?1 AND discord_role_id = ?2
        """
    /// The configured roles, by id. (guild)
    static let roles = "SELECT discord_role_id FROM quota_role_config WHERE guild_id = ?1 ORDER BY discord_role_id"
    /// One role's overrides. (guild, role)
    static let overrides = """
        SELECT dungeon_key, points FROM quota_dungeon_override WHERE guild_id = ?1 AND discord_role_id = ?2
        """
    /// A new role starts with the incumbent's defaults: nothing required, a week from now. (guild, role, now)
    static let ensure = """
        INSERT INTO quota_role_config (guild_id, discord_role_id, period_start_at, reset_at, updated_at)
        VALUES (?1, ?2, ?3, ?3 + 604800000, ?3) ON CONFLICT DO NOTHING
        """
    /// (guild, role, required, start, reset, week hour or NULL, now)
    static let basic = """
        UPDATE quota_role_config SET required_points = ?3, period_start_at = ?4, reset_at = ?5, rollover_week_hour = ?6,
            updated_at = ?7
        WHERE guild_id = ?1 AND discord_role_id = ?2
        """
    /// (guild, role, exalt, non-exalt, now)
    static let base = """
        UPDATE quota_role_config SET base_exalt_points = ?3, base_non_exalt_points = ?4, updated_at = ?5
        WHERE guild_id = ?1 AND discord_role_id = ?2
        """
    /// (guild, role, verify, warn, suspend, modmail reply, editname, now)
    static let moderation = """
        UPDATE quota_role_config SET verify_points = ?3, warn_points = ?4, suspend_points = ?5, modmail_reply_points = ?6,
            editname_points = ?7, updated_at = ?8
        WHERE guild_id = ?1 AND discord_role_id = ?2
        """
    /// (guild, role, dungeon, points, now)
    static let setOverride = """
        INSERT INTO quota_dungeon_override (guild_id, discord_role_id, dungeon_key, points, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5)
        ON CONFLICT DO UPDATE SET points = excluded.points, updated_at = excluded.updated_at
        """
    /// (guild, role, dungeon)
    static let removeOverride = """
        DELETE FROM quota_dungeon_override WHERE guild_id = ?1 AND discord_role_id = ?2 AND dungeon_key = ?3
        """
    /// Reset Panel: a fresh week from now and no panel message. (guild, role, now)
    static let resetPeriod = """
        UPDATE quota_role_config SET period_start_at = ?3, reset_at = ?3 + 604800000, panel_message_id = NULL,
            updated_at = ?3
        WHERE guild_id = ?1 AND discord_role_id = ?2
        """
    /// Delete Quota: the overrides go with it (ON DELETE CASCADE); the ledger keeps its events. (guild, role)
    static let delete = "DELETE FROM quota_role_config WHERE guild_id = ?1 AND discord_role_id = ?2"
}
