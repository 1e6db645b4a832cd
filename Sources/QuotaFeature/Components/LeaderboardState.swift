import BotKit
import DiscordModels

/// What one `/leaderboard` message shows, carried whole in every button's custom_id
/// (`v1:lb:<action>:<category>:<dungeon>:<sort>:<since min>:<until min>:<page>:<invoker>`), so the
/// buttons keep working after a restart for as long as the message exists. Bounds are whole
/// minutes since the epoch, 0 for none; the dungeon is its code or `all`.
struct LeaderboardState: Hashable, Sendable {
    static let allDungeons = "all"
    static let pageSize = 25

    let category: LeaderboardCategory
    /// The dungeon code, or nil for every dungeon.
    let dungeon: String?
    let sort: LeaderboardSort
    let window: QuotaWindow
    var page: Int
    /// Only this member may press the buttons.
    let invoker: Snowflake

    init(category: LeaderboardCategory, dungeon: String?, sort: LeaderboardSort, window: QuotaWindow, page: Int = 0,
         invoker: Snowflake) {
        self.category = category
        self.dungeon = dungeon
        self.sort = sort
        self.window = window
        self.page = page
        self.invoker = invoker
    }

    /// The state a routed button carries (its kinds validated by the schema first).
    init(_ id: CustomID) throws(CustomIDProblem) {
        guard let category = LeaderboardCategory(code: try id.token(0)) else { throw .wrongArgumentKind(index: 0, expected: .token) }
        guard let sort = LeaderboardSort(rawValue: try id.token(2)) else { throw .wrongArgumentKind(index: 2, expected: .token) }
        let dungeon = try id.token(1)
        let since = try id.integer(3), until = try id.integer(4)
        self.init(category: category, dungeon: dungeon == Self.allDungeons ? nil : dungeon, sort: sort,
                  window: QuotaWindow(since: since > 0 ? since * 60_000 : nil, until: until > 0 ? until * 60_000 : nil),
                  page: Int(max(0, min(try id.integer(5), 100_000))), invoker: try id.snowflake(6))
    }

    /// The custom_id arguments of this state.
    var arguments: [String] {
        [category.code, dungeon ?? Self.allDungeons, sort.rawValue, String((window.since ?? 0) / 60_000),
         String((window.until ?? 0) / 60_000), String(page), invoker.description]
    }
}

/// The six `/leaderboard` buttons.
enum LeaderboardComponentIDs {
    static let kinds: [CustomIDArgumentKind] = [.token, .token, .token, .integer, .integer, .integer, .snowflake]
    static let first = CustomIDSchema("lb", "first", kinds)
    static let previous = CustomIDSchema("lb", "prev", kinds)
    static let page = CustomIDSchema("lb", "page", kinds)
    static let next = CustomIDSchema("lb", "next", kinds)
    static let last = CustomIDSchema("lb", "last", kinds)
    static let stop = CustomIDSchema("lb", "stop", kinds)

    /// All six, in display order.
    static let all = [first, previous, page, next, last, stop]

    /// The page `schema`'s button leads to from `state` (`last` is clamped when drawn).
    static func destination(_ schema: CustomIDSchema, from state: LeaderboardState) -> LeaderboardState {
        var moved = state
        switch schema {
        case first: moved.page = 0
        case previous: moved.page = max(0, state.page - 1)
        case next: moved.page = state.page + 1
        case last: moved.page = 100_000
        default: break
        }
        return moved
    }
}
