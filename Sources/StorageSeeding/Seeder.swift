import Storage

/// Fills a migrated database with one guild's worth of deterministic data (no randomness: every
/// value comes from a row number through a fixed multiplicative hash), in bulk `INSERT … SELECT`
/// statements over recursive CTEs so SQLite generates the rows itself.
///
/// `steps` returns one chunk of work per write job (a few hundred thousand rows each), so a big
/// seed never becomes one giant transaction.
public enum Seeder {
    /// One bulk statement and its arguments.
    public struct Step: Sendable {
        public let sql: String
        public let arguments: [DatabaseValue]

        /// Runs the statement on the writer's connection.
        public func run(_ connection: Connection) throws { try connection.execute(sql, arguments: arguments) }
    }

    /// The whole seed for `shape`, in order (parents before children), chunked by run id.
    public static func steps(_ shape: SeedShape, runsPerChunk: Int = 10_000) -> [Step] {
        var steps = guildAndMembers(shape)
        var low = 1
        while low <= shape.historicalRuns {
            let high = min(shape.historicalRuns, low + runsPerChunk - 1)
            steps += historicalRuns(shape, low: low, high: high)
            low = high + 1
        }
        steps += activeRuns(shape)
        steps += quotaEvents(shape, chunk: 200_000)
        steps.append(punishments(shape))
        steps.append(verificationSessions(shape))
        return steps
    }

    /// The statement that refreshes the planner statistics after seeding.
    public static let analyze = Step(sql: "ANALYZE", arguments: [])

    private static let year: Int64 = 365 * SeedShape.day
    private static let yearStart: Int64 = SeedShape.now - year
    /// The quota role seeded events credit (staff quota events).
    public static let quotaRoleID: Int64 = 400_000_000_000_000_001

    private static func values(_ items: Int64...) -> [DatabaseValue] { items.map { .integer($0) } }

    private static func numbers(from: String, to: String) -> String {
        "WITH RECURSIVE n(i) AS (SELECT \(from) UNION ALL SELECT i + 1 FROM n WHERE i < \(to))"
    }

    private static func guildAndMembers(_ shape: SeedShape) -> [Step] {
        let guild = Step(
            sql: "INSERT INTO guild (id, name, created_at) VALUES (?1, 'Seed Guild', ?2)",
            arguments: values(SeedShape.guildID, yearStart))
        let members = Step(sql: """
            \(numbers(from: "0", to: "?2 - 1"))
            INSERT INTO member (id, username, created_at) SELECT ?1 + i, 'raider' || i, ?3 FROM n
            """, arguments: values(SeedShape.memberBase, Int64(shape.members), yearStart))
        return [guild, members]
    }

    private static func historicalRuns(_ shape: SeedShape, low: Int, high: Int) -> [Step] {
        let spacing = year / Int64(max(1, shape.historicalRuns))
        let common = values(Int64(low), Int64(high), SeedShape.guildID, SeedShape.memberBase,
                            Int64(shape.members), yearStart, spacing)
        let runs = Step(sql: """
            \(numbers(from: "?1", to: "?2"))
            INSERT INTO run (id, guild_id, organizer_id, dungeon_key, dungeon_label, status, end_reason,
                             channel_id, post_message_id, created_at, started_at, ended_at, key_pop_count)
            SELECT i, ?3, ?4 + (i * 2654435761 % 4294967296) % ?5, 'DUNGEON_' || (i % 8), 'Dungeon ' || (i % 8),
                   'ended', 'ended', 900000000000000001, 500000000000000000 + i,
                   ?6 + i * ?7, ?6 + i * ?7 + 600000, ?6 + i * ?7 + 3600000,
                   CASE WHEN i % 4 = 0 THEN 2 ELSE 0 END
            FROM n
            """, arguments: common)
        let reactions = Step(sql: """
            \(numbers(from: "?1", to: "?2")), k(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM k WHERE k < ?8 - 1)
            INSERT OR IGNORE INTO reaction (run_id, user_id, state, updated_at)
            SELECT i, ?4 + (i * 7919 + k * 97) % ?5, CASE WHEN k % 10 = 9 THEN 'leave' ELSE 'join' END,
                   ?6 + i * ?7 + 60000
            FROM n CROSS JOIN k
            """, arguments: common + values(Int64(shape.reactionsPerRun)))
        let keys = Step(sql: """
            \(numbers(from: "?1", to: "?2")), k(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM k WHERE k < ?8 - 1)
            INSERT OR IGNORE INTO key_reaction (run_id, user_id, key_type, source, created_at)
            SELECT i, ?4 + (i * 31 + k * 1009) % ?5, 'KEY_' || k, CASE WHEN k = 0 THEN 'headcount' ELSE 'run' END,
                   ?6 + i * ?7 + 30000
            FROM n CROSS JOIN k
            """, arguments: common + values(Int64(shape.keyReactionsPerRun)))
        let snapshots = Step(sql: """
            \(numbers(from: "?1", to: "?2")), k(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM k WHERE k < ?8 - 1),
                 p(p) AS (SELECT 1 UNION ALL SELECT 2)
            INSERT OR IGNORE INTO key_pop_snapshot (run_id, key_pop_number, user_id, snapshot_time, awarded_completion, awarded_at)
            SELECT i, p, ?4 + (i * 7919 + k * 97) % ?5, ?6 + i * ?7 + p * 600000, 1, ?6 + i * ?7 + 3600000
            FROM n CROSS JOIN p CROSS JOIN k WHERE i % 4 = 0
            """, arguments: common + values(Int64(min(shape.snapshotSize, shape.reactionsPerRun))))
        return [runs, reactions, keys, snapshots]
    }

    private static func activeRuns(_ shape: SeedShape) -> [Step] {
        let arguments = values(shape.firstActiveRunID, Int64(shape.activeRuns), SeedShape.guildID,
                               SeedShape.memberBase, Int64(shape.members), SeedShape.now)
        let runs = Step(sql: """
            \(numbers(from: "0", to: "?2 - 1"))
            INSERT INTO run (id, guild_id, organizer_id, dungeon_key, dungeon_label, status, channel_id,
                             post_message_id, created_at, started_at, party, location)
            SELECT ?1 + i, ?3, ?4 + ?5 - 1 - i, 'DUNGEON_' || (i % 8), 'Dungeon ' || (i % 8),
                   CASE WHEN i % 2 = 0 THEN 'live' ELSE 'open' END, 900000000000000001,
                   600000000000000000 + i, ?6 - (i + 1) * 60000,
                   CASE WHEN i % 2 = 0 THEN ?6 - (i + 1) * 60000 + 30000 END,
                   CASE WHEN i % 2 = 0 THEN 'Party ' || i END, CASE WHEN i % 2 = 0 THEN 'USW3 Left' END
            FROM n
            """, arguments: arguments)
        let joined = Step(sql: """
            \(numbers(from: "0", to: "?2 - 1")), k(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM k WHERE k < ?7 - 1)
            INSERT OR IGNORE INTO reaction (run_id, user_id, state, updated_at)
            SELECT ?1 + i, ?4 + (i * 131 + k * 53) % ?5, 'join', ?6 - 30000
            FROM n CROSS JOIN k
            """, arguments: arguments + values(Int64(shape.joinedPerActiveRun)))
        return [runs, joined]
    }

    private static func quotaEvents(_ shape: SeedShape, chunk: Int) -> [Step] {
        stride(from: 0, to: shape.quotaEvents, by: chunk).map { low in
            let high = min(shape.quotaEvents, low + chunk) - 1
            return Step(sql: """
                \(numbers(from: "?1", to: "?2"))
                INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, dungeon_key,
                                         points, quota_points, quota_role_id, created_at)
                SELECT ?3, ?4 + (i * 2654435761 % 4294967296) % ?5,
                       CASE WHEN i % 50 = 0 THEN 'verify_member' ELSE 'run_completed' END,
                       'seed:' || i, 'DUNGEON_' || (i % 8),
                       CASE WHEN i % 10 = 0 THEN 0 ELSE 100 END,
                       CASE WHEN i % 10 = 0 THEN 100 ELSE 0 END,
                       CASE WHEN i % 10 = 0 THEN ?7 END,
                       ?6 + (i * 2246822519) % 31536000000
                FROM n
                """, arguments: values(Int64(low), Int64(high), SeedShape.guildID, SeedShape.memberBase,
                                       Int64(shape.members), yearStart, quotaRoleID))
        }
    }

    /// 60% warnings, 30% suspensions, 10% mutes. Suspensions/mutes with i % 67 = 0 are still
    /// running; with i % 67 = 1 they have expired but the expiry task has not processed them yet.
    private static func punishments(_ shape: SeedShape) -> Step {
        Step(sql: """
            \(numbers(from: "0", to: "?1 - 1")),
            typed(i, type, created) AS (
                SELECT i, CASE WHEN i % 100 < 60 THEN 'warn' WHEN i % 100 < 90 THEN 'suspend' ELSE 'mute' END,
                       ?5 + i * (31536000000 / ?1)
                FROM n),
            shaped(i, type, created, active, expires) AS (
                SELECT i, type, created,
                       CASE WHEN type = 'warn' THEN i % 3 = 0 ELSE i % 67 IN (0, 1) END,
                       CASE WHEN type = 'warn' THEN NULL
                            WHEN i % 67 = 0 THEN ?6 + 7 * 86400000
                            WHEN i % 67 = 1 THEN ?6 - 3600000
                            ELSE created + 3 * 86400000 END
                FROM typed)
            INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, expires_at, active,
                                    created_at, removed_at, removal_reason)
            SELECT printf('%024x', i), ?2, ?3 + (i * 40503) % ?4, ?3, type, 'seeded reason', expires, active,
                   created, CASE WHEN active THEN NULL ELSE created + 1 END,
                   CASE WHEN active THEN NULL ELSE 'seeded removal' END
            FROM shaped
            """, arguments: values(Int64(shape.punishments), SeedShape.guildID, SeedShape.memberBase,
                                   Int64(shape.members), yearStart, SeedShape.now))
    }

    private static func verificationSessions(_ shape: SeedShape) -> Step {
        Step(sql: """
            \(numbers(from: "0", to: "?1 - 1")),
            typed(i, status, created) AS (
                SELECT i, CASE i % 10 WHEN 5 THEN 'expired' WHEN 6 THEN 'cancelled' WHEN 7 THEN 'pending_ign'
                              WHEN 8 THEN 'pending_realmeye' WHEN 9 THEN 'pending_review' ELSE 'verified' END,
                       ?4 + i * (31536000000 / ?1)
                FROM n)
            INSERT INTO verification_session (guild_id, user_id, status, created_at, updated_at, expires_at,
                                              verification_method)
            SELECT ?2, ?3 + i, status, created, created,
                   created + CASE WHEN status = 'pending_review' THEN 7 * 86400000 ELSE 3600000 END,
                   CASE WHEN i % 3 = 0 THEN 'manual' ELSE 'realmeye' END
            FROM typed
            """, arguments: values(Int64(shape.verificationSessions), SeedShape.guildID,
                                   SeedShape.outsiderBase, yearStart))
    }
}
