import BotKit
import DiscordModels
import RaidDomain

/// The 11 component ids of `/configpoints` (§2.11):
/// - 3 panel buttons: `v1:pcfg:<dungeons|keys|stop>:<invoker>:<opened s>`;
/// - 6 selects, three per kind: `v1:pcfg:<r|k>pick_<part>:<panel message>:<opened s>`;
/// - 2 modals: `v1:pcfg:<r|k>modal:<dungeon>:<panel message>:<opened s>`.
enum ConfigPointsIDs {
    static let panelKinds: [CustomIDArgumentKind] = [.snowflake, .integer]
    static let dungeons = CustomIDSchema("pcfg", "dungeons", panelKinds)
    static let keys = CustomIDSchema("pcfg", "keys", panelKinds)
    static let stop = CustomIDSchema("pcfg", "stop", panelKinds)

    /// The three selects of `kind`.
    static func pickers(_ kind: RaiderPointsKind) -> [DungeonPicker.Part: CustomIDSchema] {
        let parts: [(DungeonPicker.Part, String)] = [(.exalt, "exalt"), (.misc1, "misc1"), (.misc2, "misc2")]
        return Dictionary(uniqueKeysWithValues: parts.map {
            ($0.0, CustomIDSchema("pcfg", "\(kind.code)pick_\($0.1)", [.snowflake, .integer]))
        })
    }

    /// The modal of `kind`.
    static func modal(_ kind: RaiderPointsKind) -> CustomIDSchema {
        CustomIDSchema("pcfg", "\(kind.code)modal", [.token, .snowflake, .integer])
    }

    /// The kind a select or modal id belongs to.
    static func kind(of id: CustomID) -> RaiderPointsKind { id.action.hasPrefix("k") ? .keyPop : .completion }
}

/// Where a `/configpoints` dungeon choice came from: the panel message to redraw and when it opened.
struct PointsPickerState: Hashable, Sendable {
    let panelMessage: Snowflake
    let openedAt: Int64

    /// The state of a select (`[message, opened]`) or modal (`[dungeon, message, opened]`) id.
    init(_ id: CustomID) throws(CustomIDProblem) {
        let offset = id.arguments.count == 3 ? 1 : 0
        panelMessage = try id.snowflake(offset)
        openedAt = try id.integer(offset + 1)
    }

    init(panelMessage: Snowflake, openedAt: Int64) {
        self.panelMessage = panelMessage
        self.openedAt = openedAt
    }

    /// The selects' arguments.
    var arguments: [String] { [panelMessage.description, String(openedAt)] }
}
