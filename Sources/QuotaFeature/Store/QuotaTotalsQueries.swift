/// The SQL that reads the maintained totals (migration 0006): a window's whole days from
/// `quota_total_day`, its partial edge days from the ledger through `quota_event_measure` (the same
/// definitions the triggers apply), and all time from `quota_total_member`.
enum QuotaTotalsQueries {
    /// The rows of `columns` inside a window: whole days `[?2, ?3)`, edges `[?4, ?5)` and `[?6, ?7)`;
    /// `?8` dungeon or NULL, `?9` quota role or NULL.
    static func windowRows(_ columns: String) -> String {
        let filter = "AND (?8 IS NULL OR dungeon_key = ?8) AND (?9 IS NULL OR quota_role_id = ?9)"
        return """
            SELECT user_id, \(columns) FROM quota_total_day
            WHERE guild_id = ?1 AND day >= ?2 AND day < ?3 \(filter)
            UNION ALL
            SELECT user_id, \(columns) FROM quota_event_measure
            WHERE guild_id = ?1 AND created_at >= ?4 AND created_at < ?5 \(filter)
            UNION ALL
            SELECT user_id, \(columns) FROM quota_event_measure
            WHERE guild_id = ?1 AND created_at >= ?6 AND created_at < ?7 \(filter)
            """
    }

    /// One page of a board and the number of entries: (guild, days and edges, dungeon, role, limit, offset).
    static func leaderboard(_ category: LeaderboardCategory, _ sort: LeaderboardSort, allTime: Bool) -> String {
        let rows = allTime
            ? "SELECT user_id, \(category.column) AS v FROM quota_total_member WHERE guild_id = ?1 AND (?8 IS NULL OR dungeon_key = ?8)"
            : windowRows("\(category.column) AS v")
        return """
            SELECT user_id, SUM(v) AS total, COUNT(*) OVER () FROM (\(rows))
            GROUP BY user_id HAVING total > 0
            ORDER BY \(sort.orderBy) LIMIT ?10 OFFSET ?11
            """
    }

    /// Every bucket row of a board, unsummed: (guild, days and edges, dungeon, role).
    static func contributions(_ category: LeaderboardCategory, allTime: Bool) -> String {
        allTime
            ? "SELECT user_id, \(category.column) FROM quota_total_member WHERE guild_id = ?1 AND (?8 IS NULL OR dungeon_key = ?8)"
            : windowRows(category.column)
    }

    /// A quota role's standings in a period: quota points and runs organized per member, best first.
    static let roleStandings = """
        SELECT user_id, SUM(quota_points) AS total, SUM(organized) AS runs FROM (\(windowRows("quota_points, organized")))
        GROUP BY user_id HAVING total <> 0 OR runs <> 0
        ORDER BY total DESC, runs DESC, user_id
        """

    /// A member's all-time totals per dungeon ('' for none): (guild, user).
    static let memberTotals = """
        SELECT dungeon_key, points, quota_points, organized, completions, keys, verifications, moderation
        FROM quota_total_member WHERE guild_id = ?1 AND user_id = ?2
        """
}
