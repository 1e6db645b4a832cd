import Storage
import Testing
import TestSupport
@testable import RunsFeature
import FeatureKit

/// The SQL the run feature actually runs, checked for full table scans with EXPLAIN QUERY PLAN on
/// an empty database (`RunQueriesSeededPlanTests` checks the hot ones on a seeded, ANALYZEd one).
@Suite struct RunQueriesPlanTests {
    /// Every statement that reads or updates by a key. `recentDungeons` walks the rowid backwards
    /// and stops after 50 rows, which the plan prints as a SCAN: it is checked separately.
    static let statements: [(String, String)] = [
        ("loadRun", RunQueries.loadRun), ("saveState", RunQueries.saveState),
        ("upsertReaction", RunQueries.upsertReaction), ("setClass", RunQueries.setClass),
        ("participantState", RunQueries.participantState), ("participantKeys", RunQueries.participantKeys),
        ("withdrawKey", RunQueries.withdrawKey),
        ("joinCount", RunQueries.joinCount), ("classCounts", RunQueries.classCounts),
        ("keyReactions", RunQueries.keyReactions), ("takeSnapshot", RunQueries.takeSnapshot),
        ("markRunRoleDeleted", RunQueries.markRunRoleDeleted), ("expiredRuns", RunQueries.expiredRuns),
        ("orphanedRunRoles", RunQueries.orphanedRunRoles),
        ("keyLogging.selectSession", KeyLoggingStore.selectSession),
        ("keyLogging.selectCandidates", KeyLoggingStore.selectCandidates),
        ("keyLogging.selectEntries", KeyLoggingStore.selectEntries),
        ("keyLogging.insertEntry", KeyLoggingStore.insertEntry),
    ]

    @Test(arguments: statements)
    func scansNoWholeTable(_ name: String, _ sql: String) async throws {
        let fullScans = try await QueryPlan.fullScans(sql)
        #expect(fullScans.isEmpty, "\(name): \(fullScans)")
    }

    @Test func recentDungeonsWalksTheRowidBackwardsWithoutSorting() async throws {
        let db = try TemporaryDatabase()
        let plan = try await QueryPlan.details(RunQueries.recentDungeons, on: db.database)
        #expect(plan == ["SCAN run"], "\(plan)") // no "USE TEMP B-TREE FOR ORDER BY": LIMIT stops the walk
        await db.remove()
    }
}
