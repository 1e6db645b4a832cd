/// The incumbent's tables with meaning (console-features §4, final schema after 057), in an order
/// that satisfies raidbot's foreign keys. `_migrations` is the incumbent's runner bookkeeping and
/// is not copied. A table of data: longer than house style's 300 lines would be, on purpose.
enum IncumbentTables {
    typealias C = ImportColumn

    /// Every table, parents before children.
    static let all: [ImportTable] = [
        ImportTable(name: "guild", columns: [
            C("id"), C("name", .text, sql: "COALESCE(name, 'Unknown')"), C("created_at", .requiredTime),
        ], key: ["id"], scope: .guildRow),
        ImportTable(name: "member", columns: [
            C("id"), C("username", .text), C("created_at", .requiredTime),
        ], key: ["id"], scope: .members),
        ImportTable(name: "role_catalog", columns: [
            C("role_key", .text), C("label", .text, sql: "COALESCE(label, role_key)"),
            C("description", .text, sql: "COALESCE(description, '')"),
        ], key: ["role_key"], scope: .all, special: .keepExisting),
        ImportTable(name: "channel_catalog", columns: [
            C("channel_key", .text), C("label", .text, sql: "COALESCE(label, channel_key)"),
            C("description", .text, sql: "COALESCE(description, '')"),
        ], key: ["channel_key"], scope: .all, special: .keepExisting),
        ImportTable(name: "raider", columns: [
            C("guild_id"), C("user_id"), C("nickname", .text),
            C("status", .text, sql: "COALESCE(status, 'pending')"), C("verified_at", .time), C("notes", .text),
            C("created_at", .requiredTime), C("ign", .text), C("alt_ign", .text),
            C("modmail_blacklisted", .boolean, sql: "COALESCE(modmail_blacklisted, false)"),
            C("modmail_blacklist_reason", .text), C("modmail_blacklisted_by"), C("modmail_blacklisted_at", .time),
        ], key: ["guild_id", "user_id"], scope: .guildColumn),
        ImportTable(name: "run", columns: [
            C("id"), C("guild_id"), C("organizer_id"), C("dungeon_key", .text), C("dungeon_label", .text),
            C("description", .text), C("status", .text), C("channel_id"), C("post_message_id"),
            C("created_at", .requiredTime), C("started_at", .time), C("ended_at", .time), C("party", .text),
            C("location", .text), C("key_window_ends_at", .time),
            C("auto_end_minutes", sql: "COALESCE(auto_end_minutes, 120)"), C("role_id"), C("ping_message_id"),
            C("key_pop_count", sql: "COALESCE(key_pop_count, 0)"), C("chain_amount"), C("screenshot_url", .text),
            C("o3_stage", .text), C("join_locked", .boolean, sql: "COALESCE(join_locked, false)"),
        ], key: ["id"], scope: .guildColumn, special: .runRole),
        ImportTable(name: "reaction", columns: [
            C("run_id"), C("user_id"), C("state", .text), C("class", .text), C("updated_at", .requiredTime),
        ], key: ["run_id", "user_id"], scope: .viaRun),
        ImportTable(name: "key_reaction", columns: [
            C("run_id"), C("user_id"), C("key_type", .text), C("source", .text, sql: "COALESCE(source, 'run')"),
            C("created_at", .requiredTime),
        ], key: ["run_id", "user_id", "key_type", "source"], scope: .viaRun),
        ImportTable(name: "key_pop_snapshot", columns: [
            C("run_id"), C("key_pop_number"), C("user_id"), C("class", .text), C("snapshot_time", .requiredTime),
            C("awarded_completion", .boolean, sql: "COALESCE(awarded_completion, false)"),
            // raidbot requires awarded_at exactly when awarded; an award without a time gets the snapshot's.
            C("awarded_at", .time, sql: "CASE WHEN awarded_completion THEN COALESCE(awarded_at, snapshot_time) END"),
        ], key: ["run_id", "key_pop_number", "user_id"], scope: .viaRun),
        ImportTable(name: "key_pop", columns: [
            C("guild_id"), C("user_id"), C("dungeon_key", .text), C("key_type", .text, sql: "COALESCE(key_type, 'key')"),
            C("count", sql: "COALESCE(count, 0)"), C("last_popped_at", .requiredTime),
        ], key: ["guild_id", "user_id", "dungeon_key", "key_type"], scope: .guildColumn),
        ImportTable(name: "quota_event", columns: [
            C("id"), C("guild_id"), C("actor_user_id"), C("action_type", .text), C("subject_id", .text),
            C("dungeon_key", .text), C("points", .hundredths), C("quota_points", .hundredths), C("quota_role_id"),
            C("created_at", .requiredTime),
        ], key: ["id"], scope: .guildColumn),
        ImportTable(name: "quota_role_config", columns: [
            C("guild_id"), C("discord_role_id"), C("required_points", .hundredths), C("period_start_at", .requiredTime),
            C("reset_at", .requiredTime), C("panel_message_id"),
            C("moderation_points", .hundredths, sql: "COALESCE(moderation_points, 0)"),
            C("base_exalt_points", .hundredths), C("base_non_exalt_points", .hundredths), C("verify_points", .hundredths),
            C("warn_points", .hundredths), C("suspend_points", .hundredths), C("modmail_reply_points", .hundredths),
            C("editname_points", .hundredths), C("addnote_points", .hundredths), C("updated_at", .requiredTime),
        ], key: ["guild_id", "discord_role_id"], scope: .guildColumn),
        ImportTable(name: "quota_dungeon_override", columns: [
            C("guild_id"), C("discord_role_id"), C("dungeon_key", .text), C("points", .hundredths),
            C("updated_at", .requiredTime),
        ], key: ["guild_id", "discord_role_id", "dungeon_key"], scope: .guildColumn),
        ImportTable(name: "raider_points_config", columns: [
            C("guild_id"), C("dungeon_key", .text), C("points", .hundredths), C("updated_at", .requiredTime),
        ], key: ["guild_id", "dungeon_key"], scope: .guildColumn),
        ImportTable(name: "key_pop_points_config", columns: [
            C("guild_id"), C("dungeon_key", .text), C("points", .hundredths), C("updated_at", .requiredTime),
        ], key: ["guild_id", "dungeon_key"], scope: .guildColumn),
        ImportTable(name: "punishment", columns: [
            C("id", .text), C("guild_id"), C("user_id"), C("moderator_id"), C("type", .text), C("reason", .text),
            C("expires_at", .time), C("active", .boolean), C("created_at", .requiredTime),
            // The incumbent expired suspensions by clearing `active` only; raidbot records when an
            // inactive punishment ended, so an expired one ends at its expiry.
            C("removed_at", .time, sql: "CASE WHEN NOT active THEN COALESCE(removed_at, expires_at, created_at) ELSE removed_at END"),
            C("removed_by"), C("removal_reason", .text),
        ], key: ["id"], scope: .guildColumn),
        ImportTable(name: "note", columns: [
            C("id", .text), C("guild_id"), C("user_id"), C("moderator_id"), C("note_text", .text),
            C("created_at", .requiredTime),
        ], key: ["id"], scope: .guildColumn),
        ImportTable(name: "audit", columns: [
            C("id"), C("guild_id"), C("actor_id"), C("action", .text), C("subject", .text), C("meta", .json),
            C("created_at", .requiredTime),
        ], key: ["id"], scope: .guildColumn),
        ImportTable(name: "guild_role", columns: [
            C("guild_id"), C("role_key", .text), C("discord_role_id"), C("updated_at", .requiredTime),
        ], key: ["guild_id", "role_key"], scope: .guildColumn),
        ImportTable(name: "guild_channel", columns: [
            C("guild_id"), C("channel_key", .text), C("discord_channel_id"), C("panel_message_id"),
            C("updated_at", .requiredTime),
        ], key: ["guild_id", "channel_key"], scope: .guildColumn),
        ImportTable(name: "dungeon_role_ping", columns: [
            C("guild_id"), C("dungeon_key", .text), C("discord_role_id"), C("created_at", .requiredTime),
            C("updated_at", .requiredTime),
        ], key: ["guild_id", "dungeon_key"], scope: .guildColumn),
        ImportTable(name: "verification_session", columns: [
            C("guild_id"), C("user_id"), C("rotmg_ign", .text), C("verification_code", .text), C("status", .text),
            C("created_at", .requiredTime), C("updated_at", .requiredTime), C("expires_at", .requiredTime),
            C("verification_method", .text, sql: "COALESCE(verification_method, 'realmeye')"),
            C("screenshot_url", .text), C("ticket_message_id"), C("reviewed_by_user_id"), C("reviewed_at", .time),
            C("denial_reason", .text),
        ], key: ["guild_id", "user_id"], scope: .guildColumn),
        ImportTable(name: "guild_verification_config", columns: [
            C("guild_id"), C("manual_verify_instructions", .text), C("panel_custom_message", .text),
            C("panel_custom_message_image", .text), C("manual_verify_instructions_image", .text),
            C("realmeye_instructions_image", .text), C("updated_at", .requiredTime),
        ], key: ["guild_id"], scope: .guildColumn),
        ImportTable(name: "custom_role_verification", columns: [
            C("id"), C("guild_id"), C("role_id"), C("role_channel_id"), C("verification_channel_id"),
            C("instructions", .text), C("role_description", .text), C("example_image_url", .text),
            C("panel_message_id"), C("created_by_user_id"), C("created_at", .requiredTime),
        ], key: ["id"], scope: .guildColumn),
        ImportTable(name: "custom_role_verification_session", columns: [
            C("id"), C("guild_id"), C("user_id"), C("role_verification_id"), C("screenshot_url", .text),
            C("ticket_message_id"), C("status", .text), C("reviewed_by_user_id"), C("reviewed_at", .time),
            C("denial_reason", .text), C("created_at", .requiredTime), C("updated_at", .requiredTime),
            C("expires_at", .requiredTime),
        ], key: ["id"], scope: .guildColumn),
        ImportTable(name: "modmail_ticket", columns: [
            C("ticket_id", .text), C("guild_id"), C("user_id"), C("status", .text), C("thread_id"), C("message_id"),
            C("created_at", .requiredTime),
            // raidbot requires closed_at exactly on closed tickets.
            C("closed_at", .time, sql: "CASE WHEN status = 'closed' THEN COALESCE(closed_at, created_at) END"),
            C("closed_by"),
        ], key: ["ticket_id"], scope: .guildColumn),
        ImportTable(name: "modmail_message", columns: [
            C("message_id"), C("ticket_id", .text), C("author_id"), C("content", .text),
            C("attachments", .json, sql: "COALESCE(attachments, '[]'::jsonb)"), C("sent_at", .requiredTime),
            C("is_staff_reply", .boolean, sql: "COALESCE(is_staff_reply, false)"),
        ], key: ["message_id"], scope: .viaTicket),
        ImportTable(name: "command_log", columns: [
            C("id"), C("guild_id", .snowflakeText), C("channel_id", .snowflakeText), C("user_id", .snowflakeText),
            C("command_name", .text), C("subcommand", .text), C("options", .json),
            C("success", .boolean, sql: "COALESCE(success, true)"), C("error_code", .text), C("latency_ms"),
            C("created_at", .requiredTime),
        ], key: ["id"], scope: .guildText),
    ]
}
