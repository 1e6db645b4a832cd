@testable import FeatureKit
import Storage
import StorageSeeding
import Testing
import TestSupport

/// FeatureKit's own SQL (the one-activity rule, suspensions, the points ledger, remembered panels,
/// ping roles): never a whole-table scan on an empty database, and the hot ones search their
/// §4.2 index on the seeded, production-shaped one.
@Suite struct FeatureKitQueriesPlanTests {
    static let statements: [(String, String)] = [
        ("oneActivity.activeRuns", OneActivityRule.activeRunsSQL),
        ("oneActivity.activeHeadcount", OneActivityRule.activeHeadcountSQL),
        ("suspensions.isSuspended", Suspensions.isSuspendedSQL),
        ("ledger.raiderPoints", PointsLedgerQueries.raiderPoints),
        ("ledger.keyPopPoints", PointsLedgerQueries.keyPopPoints),
        ("ledger.creditSnapshot", PointsLedgerQueries.creditSnapshot),
        ("ledger.markSnapshotCredited", PointsLedgerQueries.markSnapshotCredited),
        ("ledger.creditJoinedRaiders", PointsLedgerQueries.creditJoinedRaiders),
        ("ledger.quotaRoleConfigs", PointsLedgerQueries.quotaRoleConfigs),
        ("ledger.quotaDungeonOverrides", PointsLedgerQueries.quotaDungeonOverrides),
        ("organizerPanels.select", OrganizerPanels.selectSQL),
        ("organizerPanels.deleteUser", OrganizerPanels.deleteUserSQL),
        ("dungeonRolePings.select", DungeonRolePings.selectSQL),
    ]

    @Test(arguments: statements)
    func scansNoWholeTable(_ name: String, _ sql: String) async throws {
        let fullScans = try await QueryPlan.fullScans(sql)
        #expect(fullScans.isEmpty, "\(name): \(fullScans)")
    }

    struct Seeded: Sendable, CustomTestStringConvertible {
        let name: String, sql: String, arguments: [DatabaseValue], table: String, index: String
        var testDescription: String { "\(name) searches \(table) with \(index)" }
    }

    private static let endedRunWithPops = DatabaseValue.integer(4)
    private static let now = DatabaseValue.integer(SeedShape.now)

    static let seeded: [Seeded] = [
        Seeded(name: "is suspended", sql: Suspensions.isSuspendedSQL,
               arguments: [.integer(SeedShape.guildID), .integer(SeedShape.member(17)), now],
               table: "punishment", index: "idx_punishment_active"),
        Seeded(name: "key-pop snapshot credit", sql: PointsLedgerQueries.creditSnapshot,
               arguments: [endedRunWithPops, .integer(2), .integer(100), now],
               table: "key_pop_snapshot", index: "idx_key_pop_snapshot_run_keypop"),
        Seeded(name: "key-pop snapshot marked credited", sql: PointsLedgerQueries.markSnapshotCredited,
               arguments: [endedRunWithPops, .integer(2), now],
               table: "key_pop_snapshot", index: "idx_key_pop_snapshot_run_keypop"),
    ]

    @Test("the hot statements search their index on the seeded database", arguments: seeded)
    func searchesItsIndex(_ given: Seeded) async throws {
        let problem = try await SeededPlanDatabase.shared.planProblem(
            given.name, sql: given.sql, arguments: given.arguments, table: given.table, indexes: [given.index])
        #expect(problem == nil, "\(problem ?? "")")
    }
}
