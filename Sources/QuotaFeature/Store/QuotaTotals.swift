import RaidDomain
import Storage

/// One board entry: a member and their total (hundredths for points categories, else a count).
public struct LeaderboardEntry: Hashable, Sendable {
    public let userID: UInt64
    public let total: Int64
}

/// One page of a board and how many entries the whole board has.
public struct LeaderboardPage: Hashable, Sendable {
    public let entries: [LeaderboardEntry]
    public let totalEntries: Int
}

/// A member's standing on a quota role's panel: quota points and runs organized in the period.
public struct QuotaStanding: Hashable, Sendable, Codable {
    public let userID: UInt64
    public let quotaPoints: Int64
    public let runs: Int64
}

/// A member's all-time figures in one dungeon ('' for events without one).
public struct DungeonFigures: Hashable, Sendable {
    public var dungeonKey: String
    public var points: Int64 = 0
    public var quotaPoints: Int64 = 0
    public var organized: Int64 = 0
    public var completions: Int64 = 0
    public var keys: Int64 = 0
    public var verifications: Int64 = 0
    public var moderation: Int64 = 0

    /// Figures of `dungeonKey`, zero.
    public init(dungeonKey: String) { self.dungeonKey = dungeonKey }

    /// This and `other` added up.
    func adding(_ other: DungeonFigures) -> DungeonFigures {
        var sum = self
        sum.points += other.points; sum.quotaPoints += other.quotaPoints; sum.organized += other.organized
        sum.completions += other.completions; sum.keys += other.keys
        sum.verifications += other.verifications; sum.moderation += other.moderation
        return sum
    }
}

/// A member's `/stats`: the all-time totals and the per-dungeon figures behind them.
public struct MemberFigures: Hashable, Sendable {
    public let total: DungeonFigures
    /// Dungeons with any activity, by key ('' excluded).
    public let dungeons: [DungeonFigures]
}

/// Reads the maintained totals (never a scan of the ledger beyond a window's two edge days).
public struct QuotaTotals {
    let connection: Connection
    let guildID: UInt64

    /// The totals of `guildID` through `connection`.
    public init(_ connection: Connection, guildID: UInt64) {
        self.connection = connection
        self.guildID = guildID
    }

    /// One page of the `category` board in `window`, optionally for one dungeon.
    /// Boards by total are summed here rather than by SQL's GROUP BY, which sorts every bucket row
    /// of the window by member first (three times slower on a 30-day window of 40,000 day rows).
    public func leaderboard(_ category: LeaderboardCategory, dungeon: String? = nil, window: QuotaWindow = .allTime,
                            sort: LeaderboardSort = .desc, limit: Int = 25, offset: Int = 0) throws -> LeaderboardPage {
        guard sort == .alpha else {
            return try summed(category, dungeon: dungeon, window: window, ascending: sort == .asc, limit: limit, offset: offset)
        }
        var count = 0
        let entries = try connection.fetchAll(
            QuotaTotalsQueries.leaderboard(category, sort, allTime: window.isAllTime),
            arguments: arguments(window, dungeon: dungeon, role: nil) + [.integer(Int64(limit)), .integer(Int64(offset))]
        ) { row in
            count = try row.get(2, as: Int.self)
            return LeaderboardEntry(userID: try row.get(0, as: UInt64.self), total: try row.get(1, as: Int64.self))
        }
        return LeaderboardPage(entries: entries, totalEntries: entries.isEmpty && offset == 0 ? 0 : count)
    }

    /// A board by total: the window's bucket rows summed per member, those above zero ranked.
    private func summed(_ category: LeaderboardCategory, dungeon: String?, window: QuotaWindow, ascending: Bool,
                        limit: Int, offset: Int) throws -> LeaderboardPage {
        var totals: [UInt64: Int64] = [:]
        _ = try connection.fetchAll(QuotaTotalsQueries.contributions(category, allTime: window.isAllTime),
                                    arguments: Array(arguments(window, dungeon: dungeon, role: nil)
                                        .prefix(window.isAllTime ? 8 : 9))) { row in
            totals[try row.get(0, as: UInt64.self), default: 0] += try row.get(1, as: Int64.self)
        }
        let ranked = totals.filter { $0.value > 0 }.map { LeaderboardEntry(userID: $0.key, total: $0.value) }.sorted {
            $0.total != $1.total ? ($0.total > $1.total) != ascending : $0.userID < $1.userID
        }
        let page = Array(ranked.dropFirst(offset).prefix(limit))
        return LeaderboardPage(entries: page, totalEntries: page.isEmpty && offset > 0 ? 0 : ranked.count)
    }

    /// Every member's quota points and runs for `role` in `window`, best first.
    public func standings(role: UInt64, window: QuotaWindow) throws -> [QuotaStanding] {
        try connection.fetchAll(QuotaTotalsQueries.roleStandings,
                                arguments: arguments(window, dungeon: nil, role: role)) { row in
            QuotaStanding(userID: try row.get(0, as: UInt64.self), quotaPoints: try row.get(1, as: Int64.self),
                          runs: try row.get(2, as: Int64.self))
        }
    }

    /// The member's all-time figures.
    public func member(_ userID: UInt64) throws -> MemberFigures {
        let rows = try connection.fetchAll(QuotaTotalsQueries.memberTotals, guildID, userID) { row in
            var figures = DungeonFigures(dungeonKey: try row.get(0, as: String.self))
            figures.points = try row.get(1, as: Int64.self)
            figures.quotaPoints = try row.get(2, as: Int64.self)
            figures.organized = try row.get(3, as: Int64.self)
            figures.completions = try row.get(4, as: Int64.self)
            figures.keys = try row.get(5, as: Int64.self)
            figures.verifications = try row.get(6, as: Int64.self)
            figures.moderation = try row.get(7, as: Int64.self)
            return figures
        }
        let total = rows.reduce(DungeonFigures(dungeonKey: "")) { $0.adding($1) }
        return MemberFigures(total: total, dungeons: rows.filter { !$0.dungeonKey.isEmpty })
    }

    /// (guild, first day, end day, head edge, tail edge, dungeon, role): `?1` to `?9`.
    private func arguments(_ window: QuotaWindow, dungeon: String?, role: UInt64?) -> [DatabaseValue] {
        let parts = window.parts
        return [.integer(Int64(bitPattern: guildID)), .integer(parts.firstDay), .integer(parts.endDay),
                .integer(parts.headStart), .integer(parts.headEnd), .integer(parts.tailStart), .integer(parts.tailEnd),
                dungeon.map { .text($0) } ?? .null, role.map { .integer(Int64(bitPattern: $0)) } ?? .null]
    }
}
