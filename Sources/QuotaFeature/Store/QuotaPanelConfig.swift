import DiscordModels
import RaidDomain

/// A quota role's configuration as its leaderboard panel shows it (§5.7).
struct QuotaPanelConfig: Sendable {
    let roleID: RoleID
    let requiredPoints: Points
    let periodStart: Timestamp
    let resetAt: Timestamp
    let panelMessageID: Snowflake?
    let baseExaltPoints: Points
    let baseNonExaltPoints: Points
    /// Each moderation command's value, in the reference's order.
    let moderationPoints: [(command: String, points: Points)]
    /// The ten highest dungeon overrides.
    let overrides: [(dungeon: DungeonCode, points: Points)]
    let schedule: WeeklyRollover?

    /// The period the panel counts at `now`.
    func period(at now: Timestamp) -> QuotaPeriod {
        QuotaPeriod.window(periodStart: periodStart, resetAt: resetAt, at: now)
    }
}
