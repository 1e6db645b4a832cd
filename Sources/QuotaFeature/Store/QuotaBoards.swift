import Storage

/// Leaderboard pages: from the cache while the guild's ledger version stands, else computed from
/// the maintained totals (its first 1,000 ranks kept for the next page or the next member).
public struct QuotaBoards: Sendable {
    let database: Database
    let guildID: UInt64
    let cache: LeaderboardCache

    /// The boards of `guildID`, remembered in `cache`.
    public init(database: Database, guildID: UInt64, cache: LeaderboardCache) {
        self.database = database
        self.guildID = guildID
        self.cache = cache
    }

    /// The page at `offset` of the board `key`.
    public func page(_ key: LeaderboardCache.Key, limit: Int, offset: Int) async throws -> LeaderboardPage {
        let guildID = guildID, cache = cache
        return try await database.read { connection in
            let totals = QuotaTotals(connection, guildID: guildID)
            guard offset + limit <= LeaderboardCache.ranks else {
                return try totals.leaderboard(key.category, dungeon: key.dungeon, window: key.window, sort: key.sort,
                                              limit: limit, offset: offset)
            }
            let version = try connection.fetchValue(Self.versionSQL, guildID, as: Int64.self) ?? 0
            let board = try cache.board(key, version: version) ?? {
                let page = try totals.leaderboard(key.category, dungeon: key.dungeon, window: key.window, sort: key.sort,
                                                  limit: LeaderboardCache.ranks, offset: 0)
                let board = LeaderboardCache.Board(version: version, entries: page.entries, totalEntries: page.totalEntries)
                cache.keep(board, for: key)
                return board
            }()
            let slice = board.entries.dropFirst(offset).prefix(limit)
            return LeaderboardPage(entries: Array(slice), totalEntries: slice.isEmpty ? 0 : board.totalEntries)
        }
    }

    /// (guild)
    static let versionSQL = "SELECT version FROM quota_ledger_version WHERE guild_id = ?1"
}
