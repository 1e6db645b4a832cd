import FeatureKit
import RaidDomain
import Storage

/// Automatic period rollover (defect 8): a role whose period repeats weekly and whose reset time
/// has passed gets its ended period frozen in `quota_period_result`, the final board's post queued
/// in the outbox, and its next period started, all in one transaction. The result's primary key and
/// the moved reset time make a second pass, or a pass after a restart, a no-op.
enum QuotaRollover {
    /// Periods one pass may close for a role (a bot off for months does not loop forever).
    static let maximumPeriods = 60

    /// The outbox's name for final boards: `quotafinal:<role>:<period end ms>`.
    static let finalBoardKind = "quotafinal"

    /// Rolls every due role over at `now`; returns the roles rolled.
    static func pass(_ database: Database, guildID: UInt64, now: Timestamp) async throws -> [RoleID] {
        try await database.write { connection in
            let due = try connection.fetchAll(dueSQL, guildID, now.unixMilliseconds) {
                (RoleID(try $0.get(0, as: UInt64.self)), try $0.get(1, as: Int.self),
                 try $0.get(2, as: Int64.self), try $0.get(3, as: Int64.self), try $0.get(4, as: Int64.self))
            }
            for (role, weekHour, start, reset, required) in due {
                guard let schedule = WeeklyRollover(stored: weekHour) else { continue }
                try roll(role, schedule: schedule, start: start, reset: reset, required: required, connection,
                         guildID: guildID, now: now)
            }
            return due.map(\.0)
        }
    }

    /// Closes each ended period of `role` up to `now` and starts the one now runs in.
    private static func roll(_ role: RoleID, schedule: WeeklyRollover, start: Int64, reset: Int64, required: Int64,
                             _ connection: Connection, guildID: UInt64, now: Timestamp) throws {
        var start = start, end = reset
        for _ in 0..<maximumPeriods where end <= now.unixMilliseconds {
            let standings = try QuotaTotals(connection, guildID: guildID)
                .standings(role: role.rawValue, window: QuotaWindow(since: start, until: end))
            if try connection.execute(insertResultSQL, guildID, role.rawValue, start, end, required,
                                      try QuotaPeriodResult.encode(standings), now.unixMilliseconds) == 1 {
                try Outbox.enqueue([.redraw(panel: "\(finalBoardKind):\(role.rawValue):\(end)")], connection,
                                   now: now.unixMilliseconds)
            }
            start = end
            end = schedule.next(after: Timestamp(unixMilliseconds: end)).unixMilliseconds
        }
        try connection.execute(updatePeriodSQL, guildID, role.rawValue, start, end, now.unixMilliseconds)
        try Outbox.enqueue([.redraw(panel: PointsLedger.quotaPanel(role))], connection, now: now.unixMilliseconds)
    }

    /// Roles that repeat and whose reset has passed. (guild, now)
    static let dueSQL = """
        SELECT discord_role_id, rollover_week_hour, period_start_at, reset_at, required_points FROM quota_role_config
        WHERE guild_id = ?1 AND rollover_week_hour IS NOT NULL AND reset_at <= ?2
        """

    /// (guild, role, start, end, required, standings JSON, now)
    static let insertResultSQL = """
        INSERT INTO quota_period_result (guild_id, discord_role_id, period_start_at, period_end_at, required_points,
                                         standings, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING
        """

    /// (guild, role, new start, new reset, now)
    static let updatePeriodSQL = """
        UPDATE quota_role_config SET period_start_at = ?3, reset_at = ?4, updated_at = ?5
        WHERE guild_id = ?1 AND discord_role_id = ?2
        """
}
