/// How big a seeded one-guild database is: the plan tests use `.planTest`, the storage benchmark
/// `.benchmark(scale:)` (scale 1 = the measured production shape: 20k members, 50k runs,
/// 2M reactions, 500k quota events).
public struct SeedShape: Sendable {
    /// Discord members of the guild.
    public var members: Int
    /// Ended runs spread over the year before `SeedShape.now`.
    public var historicalRuns: Int
    /// Participation rows per ended run (9 in 10 joined, 1 in 10 left).
    public var reactionsPerRun: Int
    /// Open plus live runs (half each), each with `joinedPerActiveRun` raiders joined.
    public var activeRuns: Int
    /// Raiders joined to each active run (the key-pop snapshot size).
    public var joinedPerActiveRun: Int
    /// Key offers per run.
    public var keyReactionsPerRun: Int
    /// Raiders per key-pop snapshot of an ended run that had pops (every 4th run had 2 pops).
    public var snapshotSize: Int
    /// Quota ledger rows spread over the year.
    public var quotaEvents: Int
    /// Warnings, suspensions and mutes; about 1.5% of suspensions/mutes are still active.
    public var punishments: Int
    /// Verification sessions (users outside the member range, as in a real guild's history).
    public var verificationSessions: Int

    /// Small enough for a unit test (a second or two to seed), big enough that every table has a
    /// realistic shape for ANALYZE.
    public static let planTest = SeedShape(
        members: 2_000, historicalRuns: 5_000, reactionsPerRun: 10, activeRuns: 8,
        joinedPerActiveRun: 30, keyReactionsPerRun: 3, snapshotSize: 8, quotaEvents: 20_000,
        punishments: 2_000, verificationSessions: 2_000)

    /// The benchmark shape; `scale` shrinks it for quick runs.
    public static func benchmark(scale: Double) -> SeedShape {
        func scaled(_ value: Int) -> Int { max(1, Int((Double(value) * scale).rounded())) }
        return SeedShape(
            members: max(200, scaled(20_000)), historicalRuns: scaled(50_000), reactionsPerRun: 40,
            activeRuns: 40, joinedPerActiveRun: 30, keyReactionsPerRun: 3, snapshotSize: 17,
            quotaEvents: scaled(500_000), punishments: scaled(20_000),
            verificationSessions: scaled(50_000))
    }

    /// The guild every row belongs to (production runs one guild).
    public static let guildID: Int64 = 100_000_000_000_000_001
    /// Member `i` (0-based) has snowflake `memberBase + i`.
    public static let memberBase: Int64 = 200_000_000_000_000_000
    /// Non-member users (verification applicants) start here.
    public static let outsiderBase: Int64 = 300_000_000_000_000_000
    /// The logical "now" of a seeded database (2026-11-30T00:00Z); seeded times lie before it.
    public static let now: Int64 = 1_796_083_200_000
    /// One day in milliseconds.
    public static let day: Int64 = 86_400_000

    /// The snowflake of member `index`.
    public static func member(_ index: Int) -> Int64 { memberBase + Int64(index) }

    /// The first id of the active runs (they follow the historical ones).
    public var firstActiveRunID: Int64 { Int64(historicalRuns) + 1 }
    /// Live active runs have even offsets from `firstActiveRunID`, open ones odd offsets.
    public var liveRunIDs: [Int64] { stride(from: 0, to: activeRuns, by: 2).map { firstActiveRunID + Int64($0) } }
    /// The open active runs.
    public var openRunIDs: [Int64] { stride(from: 1, to: activeRuns, by: 2).map { firstActiveRunID + Int64($0) } }
    /// The organizer (member index) of active run offset `k`: distinct, from the top of the range.
    public func activeOrganizerIndex(_ offset: Int) -> Int { members - 1 - offset }
}
