import Storage

/// The quota totals (schema 0006) are kept by triggers on quota_event, three statements per event.
/// For the bulk load they are dropped and, once the ledger is in, rebuilt in one grouped pass and
/// the triggers recreated from their own stored SQL, so the imported file's schema is unchanged.
/// Measured at 500,000 events: 54 s with the triggers (docs/import.md).
enum QuotaTotalsRebuild {
    /// Drops the quota_event triggers; returns their CREATE statements.
    static func suspend(_ target: TargetDatabase) async throws -> [String] {
        try await target.database.write { connection in
            let triggers = try connection.fetchAll(
                "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'quota_event' ORDER BY name"
            ) { (try $0.get(0, as: String.self), try $0.get(1, as: String.self)) }
            for (name, _) in triggers { try connection.execute("DROP TRIGGER \"\(name)\"") }
            return triggers.map(\.1)
        }
    }

    /// Rebuilds both totals from the ledger (the same grouped statements 0006 ends with, over the
    /// one definition of what an event counts for, the view quota_event_measure) and recreates
    /// the triggers.
    static func restore(_ target: TargetDatabase, triggers: [String]) async throws {
        try await target.database.write { connection in
            try connection.execute("DELETE FROM quota_total_day")
            try connection.execute("DELETE FROM quota_total_member")
            try connection.execute("""
                INSERT INTO quota_total_day
                SELECT guild_id, day, user_id, dungeon_key, quota_role_id, SUM(points), SUM(quota_points), SUM(organized),
                       SUM(completions), SUM(keys), SUM(verifications), SUM(moderation), COUNT(*)
                FROM quota_event_measure GROUP BY guild_id, day, user_id, dungeon_key, quota_role_id
                """)
            try connection.execute("""
                INSERT INTO quota_total_member
                SELECT guild_id, user_id, dungeon_key, SUM(points), SUM(quota_points), SUM(organized), SUM(completions),
                       SUM(keys), SUM(verifications), SUM(moderation), COUNT(*)
                FROM quota_event_measure GROUP BY guild_id, user_id, dungeon_key
                """)
            for sql in triggers { try connection.executeScript(sql) }
        }
    }
}
