import TestSupport
import Testing
@testable import QuotaFeature

/// Every totals read searches by key: a window reads its whole days from `quota_total_day` and
/// its two edge days from the ledger by time, never a whole table.
@Suite("Quota totals query plans")
struct QuotaQueryPlanTests {
    static var statements: [(String, String)] {
        LeaderboardCategory.allCases.flatMap { category in
            LeaderboardSort.allCases.flatMap { sort in
                [("\(category) \(sort) window", QuotaTotalsQueries.leaderboard(category, sort, allTime: false)),
                 ("\(category) \(sort) all time", QuotaTotalsQueries.leaderboard(category, sort, allTime: true))]
            }
        } + [("role standings", QuotaTotalsQueries.roleStandings), ("member totals", QuotaTotalsQueries.memberTotals)]
    }

    @Test("no totals read scans a table")
    func noFullScans() async throws {
        for (name, sql) in Self.statements {
            let scans = try await QueryPlan.fullScans(sql)
            #expect(scans == [], "\(name)")
        }
    }

    @Test("a window's edge days are read from the ledger through its time index")
    func edgesUseTheTimeIndex() async throws {
        let db = try TemporaryDatabase(prefix: "plan")
        let plan = try await QueryPlan.details(QuotaTotalsQueries.roleStandings, on: db.database)
        await db.remove()
        let ledgerReads = plan.filter { $0.contains("quota_event") }
        #expect(ledgerReads.count == 2, "the two edge days: \(plan)")
        #expect(ledgerReads.allSatisfy { $0.contains("idx_quota_event_guild_time") }, "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH quota_total_day USING PRIMARY KEY") }, "\(plan)")
    }
}
