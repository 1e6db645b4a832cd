import FeatureKit
import RaidDomain
import Storage
import Testing
import TestSupport

/// The active-suspension check (the one query runs and moderation meet in) at 16 concurrent
/// callers, over a real file with 50,000 punishments; opt-in (`RAIDBOT_BENCHMARK=1`). The
/// incumbent's PostgreSQL did 17,300 checks/s on this machine; the partial index it relies on is
/// proven by the plan tests (FeatureKitQueriesPlanTests, SchemaPlanTests).
@Suite("Suspension check benchmark", .enabled(if: BenchmarkFlag.isEnabled))
struct SuspensionCheckBenchmark {
    static let callers = 16, checksPerCaller = 5_000, members: UInt64 = 5_000

    @Test("active-suspension checks per second at 16 callers")
    func checksPerSecond() async throws {
        let store = try TemporaryDatabase(prefix: "suspension-bench", readerCount: 4)
        try await store.database.write { connection in
            for index in 0..<50_000 {
                let id = String(repeating: "0", count: 24 - String(index, radix: 16).count) + String(index, radix: 16)
                let kind = index % 5 == 0 ? "suspend" : "warn"
                try connection.execute("""
                    INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, expires_at, active, created_at,
                                            removed_at)
                    VALUES (?1, 1, ?2, 9, ?3, 'seed', ?4, ?5, 0, CASE WHEN ?5 = 0 THEN 1 END)
                    """, id, UInt64(index) % Self.members + 1, kind, kind == "warn" ? nil : Int64(index % 2 == 0 ? 9_000_000_000_000 : 1),
                    index % 3 == 0 ? 0 : 1)
            }
        }
        let now = Timestamp(unixMilliseconds: 1_800_000_000_000)
        let clock = ContinuousClock()
        let start = clock.now
        let suspended = try await withThrowingTaskGroup(of: Int.self) { group in
            for caller in 0..<Self.callers {
                group.addTask {
                    var hits = 0
                    for check in 0..<Self.checksPerCaller {
                        let member = MemberID(UInt64(caller * Self.checksPerCaller + check) % Self.members + 1)
                        // One statement, so the one-statement read (no snapshot transaction).
                        if try await store.database.fetchValue(Suspensions.isSuspendedSQL, 1, member.rawValue,
                                                               now.unixMilliseconds, as: Bool.self) ?? false {
                            hits += 1
                        }
                    }
                    return hits
                }
            }
            return try await group.reduce(0, +)
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(Self.callers * Self.checksPerCaller) / seconds
        print("suspension check: \(Self.callers) callers, \(Self.callers * Self.checksPerCaller) checks in \(seconds) s = \(Int(rate))/s (\(suspended) suspended); incumbent PostgreSQL 17300/s")
        #expect(suspended > 0)
        await store.remove()
    }
}
