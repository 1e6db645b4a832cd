import Storage
import Testing
@testable import Features

/// The SQL the run feature actually runs, checked for full table scans with EXPLAIN QUERY PLAN
/// (the Storage plan tests check the same shapes on a seeded, ANALYZEd database; this keeps the
/// copies the bot executes honest too).
@Suite struct RunQueriesPlanTests {
    /// Every statement that reads or updates by a key. `recentDungeons` walks the rowid backwards
    /// and stops after 50 rows, which the plan prints as a SCAN: it is checked separately.
    static let statements: [(String, String)] = [
        ("loadRun", RunQueries.loadRun), ("organizerActiveRuns", RunQueries.organizerActiveRuns),
        ("organizerActiveHeadcount", RunQueries.organizerActiveHeadcount), ("saveState", RunQueries.saveState),
        ("upsertReaction", RunQueries.upsertReaction), ("setClass", RunQueries.setClass),
        ("participantState", RunQueries.participantState), ("participantKeys", RunQueries.participantKeys),
        ("withdrawKey", RunQueries.withdrawKey), ("isSuspended", RunQueries.isSuspended),
        ("joinCount", RunQueries.joinCount), ("classCounts", RunQueries.classCounts),
        ("keyReactions", RunQueries.keyReactions), ("takeSnapshot", RunQueries.takeSnapshot),
        ("awardSnapshot", RunQueries.awardSnapshot), ("markSnapshotAwarded", RunQueries.markSnapshotAwarded),
        ("awardJoinedRaiders", RunQueries.awardJoinedRaiders), ("raiderPoints", RunQueries.raiderPoints),
        ("quotaRoleConfigs", RunQueries.quotaRoleConfigs), ("quotaDungeonOverrides", RunQueries.quotaDungeonOverrides),
        ("markRunRoleDeleted", RunQueries.markRunRoleDeleted), ("expiredRuns", RunQueries.expiredRuns),
        ("orphanedRunRoles", RunQueries.orphanedRunRoles),
        ("keyLogging.selectSession", KeyLoggingStore.selectSession),
        ("keyLogging.selectCandidates", KeyLoggingStore.selectCandidates),
        ("keyLogging.selectEntries", KeyLoggingStore.selectEntries),
        ("keyLogging.insertEntry", KeyLoggingStore.insertEntry),
        ("organizerPanels.select", OrganizerPanels.selectSQL),
        ("organizerPanels.deleteUser", OrganizerPanels.deleteUserSQL),
        ("dungeonRolePings.select", DungeonRolePings.selectSQL),
    ]

    @Test(arguments: statements)
    func scansNoWholeTable(_ name: String, _ sql: String) async throws {
        let db = try SharedTestDatabase()
        let plan = try await Self.plan(sql, on: db.database)
        let fullScans = plan.filter(Self.isFullScan)
        #expect(fullScans.isEmpty, "\(name): \(plan)")
        await db.remove()
    }

    @Test func recentDungeonsWalksTheRowidBackwardsWithoutSorting() async throws {
        let db = try SharedTestDatabase()
        let plan = try await Self.plan(RunQueries.recentDungeons, on: db.database)
        #expect(plan == ["SCAN run"], "\(plan)") // no "USE TEMP B-TREE FOR ORDER BY": LIMIT stops the walk
        await db.remove()
    }

    /// `SCAN t` without an index (a subquery's or CTE's scan names no table of ours).
    static func isFullScan(_ detail: String) -> Bool {
        detail.hasPrefix("SCAN ") && !detail.contains("USING") && !detail.contains("CONSTANT ROW")
    }

    static func plan(_ sql: String, on database: Database) async throws -> [String] {
        let parameters = (1...20).last { sql.contains("?\($0)") } ?? 0
        return try await database.read { connection in
            try connection.fetchAll("EXPLAIN QUERY PLAN " + sql,
                                    arguments: (0..<parameters).map { Int64($0 + 1).databaseValue }) {
                try $0.get(3, as: String.self)
            }
        }
    }
}
