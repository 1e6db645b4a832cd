import DiscordModels
import FeatureKit
import RaidDomain
import Storage

/// The quota panels' rows: the role configurations they draw, the panel message ids, and each
/// ended period's final board (`quota_period_result`).
struct QuotaPanelStore: Sendable {
    let database: Database
    let guildID: UInt64

    /// Every configuration of the guild, or only `role`'s.
    func configs(role: RoleID? = nil) async throws -> [QuotaPanelConfig] {
        let guildID = guildID
        return try await database.read { connection in
            try connection.fetchAll(QuotaPanelQueries.configs, guildID, role?.rawValue) { row in
                try Self.config(row, connection, guildID: guildID)
            }
        }
    }

    /// Remembers (or forgets) the panel message of `role`.
    func setPanelMessage(_ message: Snowflake?, role: RoleID, now: Timestamp) async throws {
        let guildID = guildID
        try await database.write { connection in
            try connection.execute(QuotaPanelQueries.setPanelMessage, guildID, role.rawValue, message?.rawValue,
                                   now.unixMilliseconds)
        }
    }

    /// An ended period's final board, if it was recorded.
    func result(role: RoleID, periodEnd: Int64) async throws -> QuotaPeriodResult? {
        let guildID = guildID
        return try await database.read { connection in
            try connection.fetchOne(QuotaPanelQueries.result, guildID, role.rawValue, periodEnd) { row in
                QuotaPeriodResult(
                    roleID: role, start: Timestamp(unixMilliseconds: try row.get(0, as: Int64.self)),
                    end: Timestamp(unixMilliseconds: periodEnd),
                    requiredPoints: Points(hundredths: try row.get(1, as: Int64.self)),
                    standings: try QuotaPeriodResult.decode(try row.get(2, as: String.self)),
                    messageID: try row.get(3, as: UInt64?.self).map { Snowflake($0) })
            }
        }
    }

    /// Records the message that shows a final board.
    func setResultMessage(_ message: Snowflake, role: RoleID, periodEnd: Int64) async throws {
        let guildID = guildID
        try await database.write { connection in
            try connection.execute(QuotaPanelQueries.setResultMessage, guildID, role.rawValue, periodEnd, message.rawValue)
        }
    }

    private static func config(_ row: Row, _ connection: Connection, guildID: UInt64) throws -> QuotaPanelConfig {
        let role = RoleID(try row.get(0, as: UInt64.self))
        let commands = ["Verify", "Warn", "Suspend", "Modmail Reply", "Edit Name", "Add Note"]
        let moderation = try commands.enumerated().map { index, name in
            (command: name, points: Points(hundredths: try row.get(7 + index, as: Int64.self)))
        }
        let overrides = try connection.fetchAll(QuotaPanelQueries.overrides, guildID, role.rawValue) {
            (dungeon: DungeonCode(try $0.get(0, as: String.self)), points: Points(hundredths: try $0.get(1, as: Int64.self)))
        }
        return QuotaPanelConfig(
            roleID: role, requiredPoints: Points(hundredths: try row.get(1, as: Int64.self)),
            periodStart: Timestamp(unixMilliseconds: try row.get(2, as: Int64.self)),
            resetAt: Timestamp(unixMilliseconds: try row.get(3, as: Int64.self)),
            panelMessageID: try row.get(4, as: UInt64?.self).map { Snowflake($0) },
            baseExaltPoints: Points(hundredths: try row.get(5, as: Int64.self)),
            baseNonExaltPoints: Points(hundredths: try row.get(6, as: Int64.self)),
            moderationPoints: moderation, overrides: overrides,
            schedule: WeeklyRollover(stored: try row.get(13, as: Int?.self)))
    }
}

/// The SQL of the quota panels.
enum QuotaPanelQueries {
    /// (guild, role or NULL for all)
    static let configs = """
        SELECT discord_role_id, required_points, period_start_at, reset_at, panel_message_id, base_exalt_points,
               base_non_exalt_points, verify_points, warn_points, suspend_points, modmail_reply_points,
               editname_points, addnote_points, rollover_week_hour
        FROM quota_role_config WHERE guild_id = ?1 AND (?2 IS NULL OR discord_role_id = ?2)
        ORDER BY discord_role_id
        """

    /// The ten highest overrides of a role. (guild, role)
    static let overrides = """
        SELECT dungeon_key, points FROM quota_dungeon_override WHERE guild_id = ?1 AND discord_role_id = ?2
        ORDER BY points DESC, dungeon_key LIMIT 10
        """

    /// (guild, role, message or NULL, now)
    static let setPanelMessage = """
        UPDATE quota_role_config SET panel_message_id = ?3, updated_at = ?4 WHERE guild_id = ?1 AND discord_role_id = ?2
        """

    /// (guild, role, period end)
    static let result = """
        SELECT period_start_at, required_points, standings, message_id FROM quota_period_result
        WHERE guild_id = ?1 AND discord_role_id = ?2 AND period_end_at = ?3
        """

    /// (guild, role, period end, message)
    static let setResultMessage = """
        UPDATE quota_period_result SET message_id = ?4 WHERE guild_id = ?1 AND discord_role_id = ?2 AND period_end_at = ?3
        """
}
