import Synchronization

/// The boards drawn recently, each tagged with the ledger version it was drawn at
/// (`quota_ledger_version`, bumped by every ledger change): while the version stands, a board,
/// and every page of it, is served from memory. Only derived data lives here; the database stays
/// the truth, and a restart just starts cold.
public final class LeaderboardCache: Sendable {
    /// One board's identity: everything but the page.
    public struct Key: Hashable, Sendable {
        let category: LeaderboardCategory
        let dungeon: String?
        let window: QuotaWindow
        let sort: LeaderboardSort

        /// The board of `category` (one dungeon or all) in `window`, ordered by `sort`.
        public init(_ category: LeaderboardCategory, dungeon: String? = nil, window: QuotaWindow = .allTime,
                    sort: LeaderboardSort = .desc) {
            self.category = category
            self.dungeon = dungeon
            self.window = window
            self.sort = sort
        }
    }

    /// A board's first `ranks` entries and its size, at a version.
    struct Board: Sendable {
        let version: Int64
        let entries: [LeaderboardEntry]
        let totalEntries: Int
    }

    /// Boards kept; ranks kept per board (40 pages).
    static let capacity = 32
    static let ranks = 1_000

    private let boards = Mutex<[Key: Board]>([:])
    /// An empty cache.
    public init() {}

    private let order = Mutex<[Key]>([])

    /// The board of `key` drawn at `version`, if kept.
    func board(_ key: Key, version: Int64) -> Board? {
        boards.withLock { $0[key] }.flatMap { $0.version == version ? $0 : nil }
    }

    /// Keeps `board`, dropping the oldest when full.
    func keep(_ board: Board, for key: Key) {
        let evicted: Key? = order.withLock { order in
            order.removeAll { $0 == key }
            order.append(key)
            return order.count > Self.capacity ? order.removeFirst() : nil
        }
        boards.withLock { boards in
            boards[key] = board
            if let evicted { boards[evicted] = nil }
        }
    }
}
