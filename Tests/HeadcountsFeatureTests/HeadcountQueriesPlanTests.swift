import Storage
import Testing
import TestSupport
@testable import HeadcountsFeature
import FeatureKit
import RunsFeature

/// The SQL the headcount feature runs, checked for full table scans with EXPLAIN QUERY PLAN (as
/// `RunQueriesPlanTests` does for the runs).
@Suite struct HeadcountQueriesPlanTests {
    static let statements: [(String, String)] = [
        ("load", HeadcountQueries.load), ("dungeons", HeadcountQueries.dungeons),
        ("isParticipant", HeadcountQueries.isParticipant), ("participantKeys", HeadcountQueries.participantKeys),
        ("join", HeadcountQueries.join), ("leave", HeadcountQueries.leave), ("offerKey", HeadcountQueries.offerKey),
        ("withdrawKey", HeadcountQueries.withdrawKey), ("participants", HeadcountQueries.participants),
        ("keys", HeadcountQueries.keys), ("close", HeadcountQueries.close), ("setMessage", HeadcountQueries.setMessage),
        ("setRaidLogThread", HeadcountQueries.setRaidLogThread), ("createdBefore", HeadcountQueries.createdBefore),
        ("copyKeysToRun", HeadcountQueries.copyKeysToRun),
    ]

    @Test(arguments: statements)
    func scansNoWholeTable(_ name: String, _ sql: String) async throws {
        let db = try TemporaryDatabase()
        let plan = try await QueryPlan.details(sql, on: db.database)
        #expect(plan.filter(QueryPlan.isFullScan).isEmpty, "\(name): \(plan)")
        await db.remove()
    }
}
