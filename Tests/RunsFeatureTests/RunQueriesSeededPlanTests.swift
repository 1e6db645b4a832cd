import Storage
import StorageSeeding
import Testing
@testable import RunsFeature

/// The run statements' plans on the seeded, production-shaped one-guild database (§4.2): each
/// searches its index and scans no table. Moved here from the storage tests, over the SQL the
/// Runs feature itself runs.
@Suite("Run statement plans on a seeded one-guild database")
struct RunQueriesSeededPlanTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String, sql: String, arguments: [DatabaseValue], table: String, indexes: [String]
        var testDescription: String { "\(name) searches \(table) with \(indexes[0])" }
    }

    private static let shape = SeedShape.planTest
    private static let guild = DatabaseValue.integer(SeedShape.guildID)
    private static let now = DatabaseValue.integer(SeedShape.now)
    private static let liveRun = DatabaseValue.integer(shape.liveRunIDs[0])

    static let cases: [Case] = [
        Case(name: "join count", sql: RunQueries.joinCount, arguments: [liveRun],
             table: "reaction", indexes: ["idx_reaction_run_state"]),
        Case(name: "expired runs task", sql: RunQueries.expiredRuns, arguments: [guild, now],
             table: "run", indexes: ["idx_run_guild_status"]),
        Case(name: "orphaned run roles task", sql: RunQueries.orphanedRunRoles, arguments: [guild, now],
             table: "run_role", indexes: ["idx_run_role_undeleted"]),
        Case(name: "key-pop snapshot taken", sql: RunQueries.takeSnapshot, arguments: [liveRun, .integer(1), now],
             table: "reaction", indexes: ["idx_reaction_run_state", "PRIMARY KEY"]),
    ]

    @Test("each run statement searches its index and scans no table", arguments: cases)
    func usesItsIndex(_ given: Case) async throws {
        let problem = try await SeededPlanDatabase.shared.planProblem(
            given.name, sql: given.sql, arguments: given.arguments, table: given.table, indexes: given.indexes)
        #expect(problem == nil, "\(problem ?? "")")
    }
}
