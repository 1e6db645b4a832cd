import RaidDomain
import Storage
import Testing
import TestSupport
@testable import QuotaFeature

/// The proof that the maintained totals equal the ledger: thousands of random ledger operations
/// (every event kind, re-pricing, moves between days and dungeons, removals), then every category,
/// dungeon and window read from the totals is compared with a direct scan of `quota_event`, whose
/// measures are derived here in Swift from the subject conventions, independently of the SQL view.
@Suite struct TotalsMatchLedgerTests {
    static let guild: UInt64 = 7
    static let users: [UInt64] = Array(101...112)
    static let dungeons = ["shatters", "o3", "nest", "cult"]
    static let roles: [UInt64] = [501, 502, 503]
    static let day = QuotaWindow.dayMilliseconds
    static let origin: Int64 = 1_800_000_000_000 / day * day

    @Test("totals equal a direct scan of the ledger after random writes, re-pricing and removals",
          arguments: [UInt64(1), 2, 3])
    func totalsEqualTheLedger(seed: UInt64) async throws {
        let store = try TemporaryDatabase(prefix: "quota-totals")
        var random = SeededRandom(seed: seed)
        try await store.database.write { connection in
            try connection.execute("INSERT INTO guild (id, name, created_at) VALUES (?1, 'g', 0)", Self.guild)
            for user in Self.users {
                try connection.execute("INSERT INTO member (id, username, created_at) VALUES (?1, ?2, 0)",
                                       user, "m\(user % 7)-\(user)")
            }
        }
        for round in 0..<4 {
            let start = random
            random = try await store.database.write { connection in
                var local = start
                for _ in 0..<1_000 { try Self.randomOperation(connection, &local) }
                return local
            }
            let windows = (0..<6).map { _ in Self.randomWindow(&random) } + [.allTime]
            try await store.database.read { connection in
                let events = try LedgerEvent.all(connection)
                #expect(events.count > 100, "round \(round) left too few events to prove anything")
                try Self.compare(connection, events, windows: windows)
            }
        }
        await store.remove()
    }

    /// Every category × dungeon × window, every role's standings and every member's figures.
    static func compare(_ connection: Connection, _ events: [LedgerEvent], windows: [QuotaWindow]) throws {
        let totals = QuotaTotals(connection, guildID: guild)
        for window in windows {
            let inWindow = events.filter { window.containsTime($0.createdAt) }
            for category in LeaderboardCategory.allCases {
                for dungeon in [nil] + dungeons {
                    let expected = expectedBoard(inWindow.filter { dungeon == nil || $0.dungeonKey == dungeon }, category)
                    let page = try totals.leaderboard(category, dungeon: dungeon, window: window, limit: 1_000)
                    #expect(page.entries == expected, "\(category) \(dungeon ?? "all") \(window)")
                    #expect(page.totalEntries == expected.count)
                }
            }
            for role in roles {
                #expect(try totals.standings(role: role, window: window) == expectedStandings(inWindow, role: role),
                        "role \(role) \(window)")
            }
        }
        for user in users {
            let mine = events.filter { $0.userID == user }
            let figures = try totals.member(user)
            #expect(figures.total.points == mine.reduce(0) { $0 + $1.points })
            #expect(figures.total.quotaPoints == mine.reduce(0) { $0 + $1.quotaPoints })
            #expect(figures.total.organized == mine.reduce(0) { $0 + $1.organized })
            #expect(figures.total.completions == mine.reduce(0) { $0 + $1.completions })
            #expect(figures.total.keys == mine.reduce(0) { $0 + $1.keys })
            #expect(figures.total.verifications == mine.reduce(0) { $0 + $1.verifications })
            #expect(figures.total.moderation == mine.reduce(0) { $0 + $1.moderation })
            #expect(Set(figures.dungeons.map(\.dungeonKey)) == Set(mine.compactMap(\.dungeonKey)))
        }
    }

    static func expectedBoard(_ events: [LedgerEvent], _ category: LeaderboardCategory) -> [LeaderboardEntry] {
        Dictionary(grouping: events, by: \.userID)
            .map { LeaderboardEntry(userID: $0.key, total: $0.value.reduce(0) { $0 + $1.measure(category) }) }
            .filter { $0.total > 0 }
            .sorted { ($0.total, $1.userID) > ($1.total, $0.userID) }
    }

    static func expectedStandings(_ events: [LedgerEvent], role: UInt64) -> [QuotaStanding] {
        Dictionary(grouping: events.filter { $0.roleID == role }, by: \.userID)
            .map { QuotaStanding(userID: $0.key, quotaPoints: $0.value.reduce(0) { $0 + $1.quotaPoints },
                                 runs: $0.value.reduce(0) { $0 + $1.organized }) }
            .filter { $0.quotaPoints != 0 || $0.runs != 0 }
            .sorted { ($0.quotaPoints, $0.runs, $1.userID) > ($1.quotaPoints, $1.runs, $0.userID) }
    }

    // MARK: Random operations

    static func randomOperation(_ connection: Connection, _ random: inout SeededRandom) throws {
        switch random.below(20) {
        case 0..<13: try insertRandomEvent(connection, &random)
        case 13..<16:
            try connection.execute("UPDATE quota_event SET quota_points = ?1 WHERE id = (SELECT id FROM quota_event ORDER BY abs(id * ?2) % 997 LIMIT 1)",
                                   random.amount(), Int64(random.below(1_000) + 1))
        case 16:
            try connection.execute("UPDATE quota_event SET created_at = ?1, dungeon_key = ?2 WHERE id = (SELECT id FROM quota_event ORDER BY abs(id * ?3) % 991 LIMIT 1)",
                                   randomTime(&random), random.element(dungeons + [nil]) ?? nil, Int64(random.below(1_000) + 1))
        default:
            try connection.execute("DELETE FROM quota_event WHERE id = (SELECT id FROM quota_event ORDER BY abs(id * ?1) % 983 LIMIT 1)",
                                   Int64(random.below(1_000) + 1))
        }
    }

    static func insertRandomEvent(_ connection: Connection, _ random: inout SeededRandom) throws {
        let user = random.element(users)!, at = randomTime(&random), serial = random.below(1_000_000_000)
        let dungeon = random.element(dungeons)
        var action = "run_completed", points: Int64 = 0, quota: Int64 = 0, role: UInt64? = nil, key: String? = dungeon
        let subject: String
        switch random.below(9) {
        case 0: subject = "raider:\(serial):\(user)"; points = 100
        case 1: subject = "raider:\(serial):\(random.below(4) + 1):\(user)"; points = random.amount()
        case 2: subject = "run:\(serial)"; quota = random.amount(); role = random.element(roles)
        case 3: subject = "run:\(serial):keypop:\(random.below(5) + 1)"; quota = random.amount(); role = random.element(roles)
        case 4:
            let count = random.below(99) + 1
            subject = "manual_log_run:\(at):\(user):\(count)"; quota = random.signed(random.amount()); role = random.element(roles)
        case 5:
            let count = random.signed(Int64(random.below(99) + 1))
            subject = "key_pop:\(at)\(serial):\(user):\(count)"; points = random.signed(random.amount())
        case 6: subject = "manual_adjust:\(at)\(serial):\(user)"; quota = random.signed(random.amount()); role = random.element(roles); key = nil
        case 7: subject = "manual_adjust_points:\(at)\(serial):\(user)"; points = random.signed(random.amount()); key = nil
        default:
            action = "verify_member"; key = nil
            subject = "\(random.element(ModerationAction.allCases.map(\.rawValue))!):\(at):\(serial)"
            quota = random.below(2) == 0 ? 0 : random.amount(); role = quota == 0 ? nil : random.element(roles)
        }
        try connection.execute("""
            INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, dungeon_key, points, quota_points,
                                     quota_role_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            ON CONFLICT DO NOTHING
            """, guild, user, action, subject, key, points, quota, role, at)
    }

    /// Times over 20 days, a third of them on or next to a midnight (the bucket edges).
    static func randomTime(_ random: inout SeededRandom) -> Int64 {
        let day = origin + Int64(random.below(20)) * self.day
        switch random.below(6) {
        case 0: return day
        case 1: return day - 1
        default: return day + Int64(random.below(UInt64(self.day)))
        }
    }

    static func randomWindow(_ random: inout SeededRandom) -> QuotaWindow {
        let a = randomTime(&random) - 2 * day, b = randomTime(&random) + Int64(random.below(3)) * day
        switch random.below(5) {
        case 0: return QuotaWindow(since: min(a, b), until: nil)
        case 1: return QuotaWindow(since: nil, until: max(a, b))
        case 2: return QuotaWindow(since: a, until: a + Int64(random.below(UInt64(day))) + 1)
        default: return QuotaWindow(since: min(a, b), until: max(a, b) + 1)
        }
    }
}

/// One raw ledger row with what it counts for, derived in Swift from §5.2.
struct LedgerEvent {
    let userID: UInt64, createdAt: Int64, dungeonKey: String?, roleID: UInt64?
    let points: Int64, quotaPoints: Int64, organized: Int64, completions: Int64, keys: Int64
    let verifications: Int64, moderation: Int64

    static func all(_ connection: Connection) throws -> [LedgerEvent] {
        try connection.fetchAll("""
            SELECT actor_user_id, created_at, dungeon_key, quota_role_id, action_type, subject_id, points, quota_points
            FROM quota_event WHERE guild_id = ?1
            """, TotalsMatchLedgerTests.guild) { row in
            let action = try row.get(4, as: String.self), subject = try row.get(5, as: String.self)
            let points = try row.get(6, as: Int64.self), quota = try row.get(7, as: Int64.self)
            let segments = subject.split(separator: ":", omittingEmptySubsequences: false)
            return LedgerEvent(
                userID: try row.get(0, as: UInt64.self), createdAt: try row.get(1, as: Int64.self),
                dungeonKey: try row.get(2, as: String?.self), roleID: try row.get(3, as: UInt64?.self),
                points: points, quotaPoints: quota,
                organized: action == "run_completed" && ["run", "manual_log_run"].contains(segments.first ?? "")
                    ? Int64(LedgerRunCount.runs(subject: subject, amount: Points(hundredths: quota))) : 0,
                completions: segments.first == "raider" ? 1 : 0,
                keys: segments.first == "key_pop" ? Int64(segments[3]) ?? 0 : 0,
                verifications: action == "verify_member" && segments.first == "verify" ? 1 : 0,
                moderation: action == "verify_member" ? 1 : 0)
        }
    }

    func measure(_ category: LeaderboardCategory) -> Int64 {
        switch category {
        case .runsOrganized: organized
        case .keysPopped: keys
        case .dungeonCompletions: completions
        case .points: points
        case .quotaPoints: quotaPoints
        }
    }
}

extension QuotaWindow {
    func containsTime(_ time: Int64) -> Bool { (since.map { time >= $0 } ?? true) && (until.map { time < $0 } ?? true) }
}

/// SplitMix64: the same operations for the same seed on every machine.
struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: UInt64) -> UInt64 { next() % bound }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    /// 0.01 to 25.00 points, in hundredths.
    mutating func amount() -> Int64 { Int64(below(2_500) as UInt64) + 1 }
    mutating func signed(_ value: Int64) -> Int64 { below(3) == 0 ? -value : value }
    mutating func element<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[below(items.count)] }
}
