import BotKit
import DiscordModels

/// The tabs of `/find` (§1.2).
enum FindTab: Int, CaseIterable, Sendable {
    case userInfo = 0, punishments = 1, notes = 2

    /// The button label.
    var label: String {
        switch self {
        case .userInfo: "User Info"
        case .punishments: "Punishments"
        case .notes: "Notes"
        }
    }
}

/// What one `/find` message shows, carried whole in every button's custom_id
/// (`v1:find:<action>:<invoker>:<target>:<tab>:<page>:<activeOnly>`), so the buttons keep working
/// after a restart for as long as the message exists, with nothing kept in memory.
struct FindState: Hashable, Sendable {
    /// Only this member may press the buttons.
    let invoker: Snowflake
    /// The member looked up.
    let target: Snowflake
    /// The tab shown.
    var tab: FindTab
    /// The page of the tab, from 0 (clamped when drawn).
    var page: Int
    /// Only punishments in force.
    let activeOnly: Bool

    /// The state a routed button carries (validated by its schema first).
    init(_ id: CustomID) throws(CustomIDProblem) {
        invoker = try id.snowflake(0)
        target = try id.snowflake(1)
        guard let tab = FindTab(rawValue: Int(try id.integer(2))) else { throw .wrongArgumentKind(index: 2, expected: .integer) }
        self.tab = tab
        page = Int(max(0, min(try id.integer(3), 10_000)))
        activeOnly = try id.integer(4) != 0
    }

    /// A state from the command's options.
    init(invoker: Snowflake, target: Snowflake, tab: FindTab = .userInfo, page: Int = 0, activeOnly: Bool) {
        self.invoker = invoker
        self.target = target
        self.tab = tab
        self.page = page
        self.activeOnly = activeOnly
    }

    /// The custom_id arguments of this state.
    var arguments: [String] {
        [invoker.description, target.description, String(tab.rawValue), String(page), activeOnly ? "1" : "0"]
    }
}

/// The eight `/find` buttons: three tabs and five paging controls.
enum FindComponentIDs {
    static let kinds: [CustomIDArgumentKind] = [.snowflake, .snowflake, .integer, .integer, .integer]
    static let userInfo = CustomIDSchema("find", "tab_userinfo", kinds)
    static let punishments = CustomIDSchema("find", "tab_punishments", kinds)
    static let notes = CustomIDSchema("find", "tab_notes", kinds)
    static let first = CustomIDSchema("find", "first", kinds)
    static let previous = CustomIDSchema("find", "prev", kinds)
    static let page = CustomIDSchema("find", "page", kinds)
    static let next = CustomIDSchema("find", "next", kinds)
    static let last = CustomIDSchema("find", "last", kinds)

    /// All eight, in display order.
    static let all = [userInfo, punishments, notes, first, previous, page, next, last]

    /// The state `schema`'s button leads to from `state` (`last` is clamped when drawn).
    static func destination(_ schema: CustomIDSchema, from state: FindState) -> FindState {
        var moved = state
        switch schema {
        case userInfo: moved.tab = .userInfo; moved.page = 0
        case punishments: moved.tab = .punishments; moved.page = 0
        case notes: moved.tab = .notes; moved.page = 0
        case first: moved.page = 0
        case previous: moved.page = max(0, state.page - 1)
        case next: moved.page = state.page + 1
        case last: moved.page = 10_000
        default: break
        }
        return moved
    }
}
