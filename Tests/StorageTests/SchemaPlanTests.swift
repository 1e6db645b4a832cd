import Storage
import StorageSeeding
import Testing

/// One hot query, its arguments on the seeded database, and the index its plan must search.
struct PlanExpectation: Sendable, CustomTestStringConvertible {
    let name: String
    let sql: String
    let arguments: [DatabaseValue]
    /// The table whose rows the query reads, and the index (or "PRIMARY KEY") it must search with;
    /// `alternatives` lists other indexes that are equally right for it.
    let table: String
    let index: String
    var alternatives: [String] = []

    var testDescription: String { "\(name) searches \(table) with \(index)" }

    private static let shape = SeedShape.planTest
    private static let guild = DatabaseValue.integer(SeedShape.guildID)
    private static let now = DatabaseValue.integer(SeedShape.now)
    private static let liveRun = DatabaseValue.integer(shape.liveRunIDs[0])
    private static let endedRunWithPops = DatabaseValue.integer(4)
    private static let raider = DatabaseValue.integer(SeedShape.member(17))
    private static let organizer = DatabaseValue.integer(SeedShape.member(shape.activeOrganizerIndex(0)))
    private static let applicant = DatabaseValue.integer(SeedShape.outsiderBase + 7)

    /// The hot queries of console-features §4.2 and the index each must use (the run statements
    /// are checked by the Runs feature's tests, over its own SQL).
    static let all: [PlanExpectation] = [
        .init(name: "active runs", sql: HotQueries.activeRuns, arguments: [guild],
              table: "run", index: "idx_run_guild_status"),
        .init(name: "organizer's active run", sql: HotQueries.organizerActiveRun, arguments: [organizer, guild],
              table: "run", index: "idx_run_organizer_guild_status"),
        .init(name: "key counts", sql: HotQueries.keyCounts, arguments: [liveRun],
              table: "key_reaction", index: "idx_key_reaction_run_type"),
        .init(name: "quota totals", sql: HotQueries.quotaTotals, arguments: [guild, raider],
              table: "quota_total_member", index: "PRIMARY KEY"),
        .init(name: "key-pop snapshot award", sql: HotQueries.awardSnapshot,
              arguments: [endedRunWithPops, .integer(2), .integer(100), now],
              table: "key_pop_snapshot", index: "idx_key_pop_snapshot_run_keypop"),
        .init(name: "key-pop snapshot mark awarded", sql: HotQueries.markSnapshotAwarded,
              arguments: [endedRunWithPops, .integer(2), now],
              table: "key_pop_snapshot", index: "idx_key_pop_snapshot_run_keypop"),
        .init(name: "active punishments", sql: HotQueries.activePunishments, arguments: [guild, raider, now],
              table: "punishment", index: "idx_punishment_active"),
        .init(name: "is suspended", sql: HotQueries.isSuspended, arguments: [guild, raider, now],
              table: "punishment", index: "idx_punishment_active"),
        .init(name: "verification status", sql: HotQueries.verificationStatus, arguments: [guild, applicant],
              table: "verification_session", index: "idx_verification_session_guild_user_status"),
        .init(name: "verification session", sql: HotQueries.verificationSession, arguments: [guild, applicant],
              table: "verification_session", index: "sqlite_autoindex_verification_session_1"),
        .init(name: "verification session for DM", sql: HotQueries.verificationSessionForDM,
              arguments: [applicant, now],
              table: "verification_session", index: "idx_verification_session_user"),
        .init(name: "points leaderboard", sql: HotQueries.pointsLeaderboard,
              arguments: [guild, .integer(SeedShape.now - 30 * SeedShape.day), now],
              table: "quota_event", index: "idx_quota_event_guild_time"),
        .init(name: "expired punishments", sql: HotQueries.expiredPunishments, arguments: [now],
              table: "punishment", index: "idx_punishment_expires"),
        .init(name: "expired verification sessions task", sql: HotQueries.expireVerificationSessions, arguments: [now],
              table: "verification_session", index: "idx_verification_session_expiring"),
    ]
}

@Suite("Hot query plans on a seeded one-guild database")
struct SchemaPlanTests {
    @Test("each hot query searches its index and scans no table", arguments: PlanExpectation.all)
    func hotQueryUsesItsIndex(_ expectation: PlanExpectation) async throws {
        // Given a seeded, ANALYZEd one-guild database
        let database = try await SeededPlanDatabase.shared.get()
        // When SQLite plans the query
        let plan = try await database.read { connection in
            try SeededPlanDatabase.plan(expectation.sql, expectation.arguments, on: connection)
        }
        // Then it searches its table with the expected index and never scans a table
        let accepted = [expectation.index] + expectation.alternatives
        let search = plan.first { line in
            line.hasPrefix("SEARCH ") && accepted.contains { line.contains(" \($0) (") }
        }
        #expect(search != nil, "plan of \(expectation.name): \(plan)")
        if search?.contains(" PRIMARY KEY (") == true {
            #expect(search?.hasPrefix("SEARCH \(expectation.table) ") == true, "plan of \(expectation.name): \(plan)")
        }
        let scans = plan.filter { $0.hasPrefix("SCAN ") && $0 != "SCAN CONSTANT ROW" }
        #expect(scans.isEmpty, "plan of \(expectation.name) scans: \(plan)")
    }

    @Test("without the pin, this SQLite build full-scans run for the active runs (the 200x cliff)")
    func activeRunsCliffWithoutPin() async throws {
        let database = try await SeededPlanDatabase.shared.get()
        let (hasStat4, plan) = try await database.read { connection in
            let options = try connection.fetchAll("PRAGMA compile_options", arguments: []) { try $0.get(0, as: String.self) }
            let plan = try SeededPlanDatabase.plan(
                HotQueries.activeRunsUnpinned, [.integer(SeedShape.guildID)], on: connection)
            return (options.contains("ENABLE_STAT4"), plan)
        }
        // A STAT4 build may plan it well; on Debian's build the unpinned form scans, which is
        // why HotQueries.activeRuns carries INDEXED BY.
        if !hasStat4 {
            #expect(plan.contains("SCAN run"), "unpinned active runs: \(plan)")
        }
    }

    @Test("a generic plan with the active flag bound cannot use the partial idx_punishment_active")
    func boundActiveFlagMissesPartialIndex() async throws {
        let database = try await SeededPlanDatabase.shared.get()
        // When the flag is not known at planning time (bound NULL, as in a prepared-once plan)
        let plan = try await database.read { connection in
            try SeededPlanDatabase.plan(
                HotQueries.activePunishmentsBoundFlag,
                [.integer(SeedShape.guildID), .integer(SeedShape.member(17)), .null, .integer(SeedShape.now)],
                on: connection)
        }
        // Then the partial index is out of reach; only the literal `active = 1` form gets it
        #expect(!plan.contains { $0.contains("idx_punishment_active") }, "bound-flag plan: \(plan)")
    }

    @Test("the seed has the production shape the plans are judged on")
    func seedHasProductionShape() async throws {
        let database = try await SeededPlanDatabase.shared.get()
        let shape = SeedShape.planTest
        let (activeRuns, joined, guilds, suspended) = try await database.read { connection in
            let active = try connection.fetchAll(HotQueries.activeRuns, arguments: [.integer(SeedShape.guildID)]) {
                try $0.get(0, as: Int64.self)
            }
            let joined = try connection.fetchValue(
                "SELECT COUNT(*) FROM reaction WHERE run_id = ?1 AND state = 'join'", shape.liveRunIDs[0], as: Int.self)
            let guilds = try connection.fetchValue("SELECT COUNT(*) FROM guild", as: Int.self)
            let suspended = try connection.fetchValue(
                "SELECT COUNT(*) FROM punishment WHERE active = 1 AND type <> 'warn' AND expires_at > ?1",
                SeedShape.now, as: Int.self)
            return (active, joined, guilds, suspended)
        }
        #expect(activeRuns.count == shape.activeRuns)
        #expect(joined == shape.joinedPerActiveRun)
        #expect(guilds == 1)
        #expect((1...shape.punishments / 50).contains(suspended ?? 0), "active suspensions: \(suspended ?? 0)")
    }
}
