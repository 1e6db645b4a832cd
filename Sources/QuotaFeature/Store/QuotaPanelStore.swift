import DiscordModels
import FeatureKit
import RaidDomain
import Storage

/// The quota panels' own rows: the panel message ids and each ended period's final board
/// (`quota_period_result`); the configurations they draw are `QuotaConfigEditor`'s.
struct QuotaPanelStore: Sendable {
    let database: Database
    let guildID: UInt64

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

}

/// The SQL of the quota panels.
enum QuotaPanelQueries {
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
