import FeatureKit
import QuotaFeature
import RaidDomain
import RunsFeature
import Storage
import StorageSeeding

/// One hot operation as the features will run it: one `write {}` (one use case, one
/// transaction) or one `read {}`, with the SQL of `HotQueries`.
struct BenchmarkOperation: Sendable {
    let name: String
    /// Whether it goes through the writer (and so writes WAL).
    let writes: Bool
    /// Runs the operation once; `random` picks its inputs, `clock` gives "now".
    let run: @Sendable (Database, inout SplitMix64, BenchmarkClock) async throws -> Void

    /// Every operation, in report order.
    static func all(_ shape: SeedShape) -> [BenchmarkOperation] {
        [join(shape), joinOneRun(shape), createRun(shape), keyPop(shape), activeRuns(), leaderboardScan(), leaderboardCold(), leaderboard(),
         stats(shape),
         suspensionCheck(shape), readRoundTrip(), writeRoundTrip()]
    }

    static let allNames = ["join", "join-one-run", "create-run", "key-pop", "active-runs", "leaderboard-scan", "leaderboard-cold", "leaderboard",
                           "stats",
                           "suspension-check", "read-roundtrip", "write-roundtrip"]

    /// Baseline: `SELECT 1` through `read {}`, i.e. what the reader pool's hand-off costs.
    static func readRoundTrip() -> BenchmarkOperation {
        BenchmarkOperation(name: "read-roundtrip", writes: false) { database, _, _ in
            _ = try await database.read { try $0.fetchValue("SELECT 1", as: Int.self) }
        }
    }

    /// Baseline: a write job that changes nothing, i.e. the writer queue's hand-off and an empty
    /// commit (SQLite does not flush a transaction that wrote no page).
    static func writeRoundTrip() -> BenchmarkOperation {
        BenchmarkOperation(name: "write-roundtrip", writes: true) { database, _, _ in
            _ = try await database.write { try $0.fetchValue("SELECT 1", as: Int.self) }
        }
    }

    private static let guild = SeedShape.guildID

    /// Join: run status, member upsert, reaction upsert, join count (one transaction). The raider
    /// is drawn from a pool of 80 per active run (the first 30 are already joined).
    static func join(_ shape: SeedShape) -> BenchmarkOperation {
        BenchmarkOperation(name: "join", writes: true) { database, random, clock in
            let offset = random.next(below: shape.activeRuns)
            let run = shape.firstActiveRunID + Int64(offset)
            let user = SeedShape.member((offset * 131 + random.next(below: 80) * 53) % shape.members)
            let now = clock.now()
            _ = try await database.write { connection -> Int? in
                guard try connection.fetchOne(HotQueries.runForParticipation, run, map: { try $0.get(0, as: String.self) }) != "ended"
                else { return nil }
                try connection.execute(FirstContact.ensureMemberSQL, user, "raider", now)
                try connection.execute(RunQueries.upsertReaction, run, user, "join", now)
                return try connection.fetchValue(RunQueries.joinCount, run, as: Int.self)
            }
        }
    }

    /// Join on one live run only (with `--callers 80`: a burst of 80 members joining the run a
    /// key pop just announced), the same transaction as `join`.
    static func joinOneRun(_ shape: SeedShape) -> BenchmarkOperation {
        BenchmarkOperation(name: "join-one-run", writes: true) { database, random, clock in
            let run = shape.firstActiveRunID
            let user = SeedShape.member((random.next(below: 80) * 53) % shape.members)
            let now = clock.now()
            _ = try await database.write { connection -> Int? in
                guard try connection.fetchOne(HotQueries.runForParticipation, run, map: { try $0.get(0, as: String.self) }) != "ended"
                else { return nil }
                try connection.execute(FirstContact.ensureMemberSQL, user, "raider", now)
                try connection.execute(RunQueries.upsertReaction, run, user, "join", now)
                return try connection.fetchValue(RunQueries.joinCount, run, as: Int.self)
            }
        }
    }

    /// Create run: guild and member upserts, the organizer's one-active-run check, insert (one
    /// transaction). As in the reference measurement the check's answer is ignored so every call inserts.
    static func createRun(_ shape: SeedShape) -> BenchmarkOperation {
        BenchmarkOperation(name: "create-run", writes: true) { database, random, clock in
            let organizer = SeedShape.member(random.next(below: shape.members))
            let now = clock.now()
            _ = try await database.write { connection -> Int64? in
                try connection.execute(FirstContact.ensureGuildSQL, guild, "Seed Guild", now)
                try connection.execute(FirstContact.ensureMemberSQL, organizer, "organizer", now)
                _ = try connection.fetchOne(HotQueries.organizerActiveRun, organizer, guild) { try $0.get(0, as: Int64.self) }
                return try connection.fetchValue(
                    HotQueries.insertRun, guild, organizer, BenchmarkReset.benchDungeon, "Bench", Int64(900_000_000_000_000_001),
                    now, 120, as: Int64.self)
            }
        }
    }

    /// Key pop on a live run: bump the count, award the previous snapshot's raiders, mark it
    /// awarded, snapshot the joined raiders, the organizer's quota event (one transaction).
    static func keyPop(_ shape: SeedShape) -> BenchmarkOperation {
        let liveRuns = shape.liveRunIDs
        return BenchmarkOperation(name: "key-pop", writes: true) { database, random, clock in
            let run = liveRuns[random.next(below: liveRuns.count)]
            let now = clock.now()
            try await database.write { connection in
                guard let (pop, organizer, dungeon) = try connection.fetchOne(HotQueries.bumpKeyPop, run, now + 25_000, map: {
                    (try $0.get(0, as: Int64.self), try $0.get(1, as: Int64?.self), try $0.get(2, as: String.self))
                }) else { return }
                let ledger = PointsLedger(connection, guildID: UInt64(guild), now: Timestamp(unixMilliseconds: now))
                if pop > 1 {
                    _ = try ledger.creditSnapshot(run: RunID(run), pop: Int(pop) - 1, dungeon: DungeonCode(dungeon))
                }
                try connection.execute(RunQueries.takeSnapshot, run, pop, now)
                if let organizer {
                    _ = try ledger.creditOrganizer(
                        MemberID(UInt64(organizer)), subject: .organizerKeyPop(RunID(run), keyPop: Int(pop)),
                        dungeon: DungeonCode(dungeon),
                        award: OrganizerQuotaAward(roleID: RoleID(UInt64(Seeder.quotaRoleID)), points: Points(1)))
                }
            }
        }
    }

    /// The guild's open and live runs (the pinned plan).
    static func activeRuns() -> BenchmarkOperation {
        BenchmarkOperation(name: "active-runs", writes: false) { database, _, _ in
            _ = try await database.read { connection in
                try connection.fetchAll(HotQueries.activeRuns, guild) { try $0.get(0, as: Int64.self) }
            }
        }
    }

    /// The points leaderboard of the last 30 days, top 25, summed from the ledger (the incumbent's read).
    static func leaderboardScan() -> BenchmarkOperation {
        BenchmarkOperation(name: "leaderboard-scan", writes: false) { database, _, _ in
            _ = try await database.read { connection in
                try connection.fetchAll(HotQueries.pointsLeaderboard, guild, SeedShape.now - 30 * SeedShape.day, SeedShape.now) {
                    try $0.get(1, as: Int64.self)
                }
            }
        }
    }

    /// The same board computed from the maintained totals every time (a board not drawn before).
    static func leaderboardCold() -> BenchmarkOperation {
        BenchmarkOperation(name: "leaderboard-cold", writes: false) { database, _, _ in
            _ = try await database.read { connection in
                try QuotaTotals(connection, guildID: UInt64(guild))
                    .leaderboard(.points, window: .last(days: 30, before: SeedShape.now))
            }
        }
    }

    /// The board as `/leaderboard` reads it: the cache while the ledger version stands.
    static func leaderboard() -> BenchmarkOperation {
        let cache = LeaderboardCache()
        return BenchmarkOperation(name: "leaderboard", writes: false) { database, _, _ in
            _ = try await QuotaBoards(database: database, guildID: UInt64(guild), cache: cache)
                .page(LeaderboardCache.Key(.points, window: .last(days: 30, before: SeedShape.now)), limit: 25, offset: 0)
        }
    }

    /// A random member's `/stats` figures, from the maintained totals.
    static func stats(_ shape: SeedShape) -> BenchmarkOperation {
        BenchmarkOperation(name: "stats", writes: false) { database, random, _ in
            let user = SeedShape.member(random.next(below: shape.members))
            _ = try await database.read { connection in
                try QuotaTotals(connection, guildID: UInt64(guild)).member(UInt64(user))
            }
        }
    }

    /// A member's active punishments, read-only (expiry filtered in the query, swept by the task):
    /// one statement, so it runs as the one-statement read, without a snapshot transaction.
    static func suspensionCheck(_ shape: SeedShape) -> BenchmarkOperation {
        BenchmarkOperation(name: "suspension-check", writes: false) { database, random, clock in
            let user = SeedShape.member(random.next(below: shape.members))
            _ = try await database.fetchAll(HotQueries.activePunishments, guild, user, clock.now()) {
                try $0.get(0, as: String.self)
            }
        }
    }
}

/// A small, fast, deterministic PRNG (SplitMix64), one per caller.
struct SplitMix64: Sendable {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in 0..<bound.
    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// The benchmark's logical clock: the seed's "now" plus the time since the benchmark started,
/// so writes land after every seeded row.
struct BenchmarkClock: Sendable {
    let start = ContinuousClock.now

    /// Unix milliseconds.
    func now() -> Int64 {
        let elapsed = ContinuousClock.now - start
        return SeedShape.now + elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000
    }
}
