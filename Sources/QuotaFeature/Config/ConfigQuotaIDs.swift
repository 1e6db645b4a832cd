import BotKit
import DiscordModels
import RaidDomain

/// The 15 component ids of `/configquota` (§2.10), each carrying what its handler needs:
/// - 8 panel buttons and 3 panel modals: `v1:qcfg:<action>:<role>:<opened s>:<invoker>`;
/// - 3 dungeon selects: `v1:qcfg:pick_<part>:<role>:<panel message>:<opened s>`;
/// - the dungeon modal: `v1:qcfg:dmodal:<role>:<dungeon>:<panel message>:<opened s>`.
/// The selects and the dungeon modal sit on a message only the invoker sees, so they carry no invoker.
enum ConfigQuotaIDs {
    static let panelKinds: [CustomIDArgumentKind] = [.snowflake, .integer, .snowflake]
    static let basic = CustomIDSchema("qcfg", "basic", panelKinds)
    static let base = CustomIDSchema("qcfg", "base", panelKinds)
    static let moderation = CustomIDSchema("qcfg", "moderation", panelKinds)
    static let dungeons = CustomIDSchema("qcfg", "dungeons", panelKinds)
    static let update = CustomIDSchema("qcfg", "update", panelKinds)
    static let reset = CustomIDSchema("qcfg", "reset", panelKinds)
    static let delete = CustomIDSchema("qcfg", "delete", panelKinds)
    static let stop = CustomIDSchema("qcfg", "stop", panelKinds)

    static let basicModal = CustomIDSchema("qcfg", "basic_modal", panelKinds)
    static let baseModal = CustomIDSchema("qcfg", "base_modal", panelKinds)
    static let moderationModal = CustomIDSchema("qcfg", "moderation_modal", panelKinds)

    static let pickerKinds: [CustomIDArgumentKind] = [.snowflake, .snowflake, .integer]
    static let pickers: [DungeonPicker.Part: CustomIDSchema] = [
        .exalt: CustomIDSchema("qcfg", "pick_exalt", pickerKinds),
        .misc1: CustomIDSchema("qcfg", "pick_misc1", pickerKinds),
        .misc2: CustomIDSchema("qcfg", "pick_misc2", pickerKinds),
    ]
    static let dungeonModal = CustomIDSchema("qcfg", "dmodal", [.snowflake, .token, .snowflake, .integer])
}

/// A `/configquota` panel: the role it configures and who opened it when.
struct QuotaPanelState: Hashable, Sendable {
    let role: RoleID
    let panel: ConfigPanelState

    init(role: RoleID, panel: ConfigPanelState) {
        self.role = role
        self.panel = panel
    }

    /// The state a panel button or modal carries.
    init(_ id: CustomID) throws(CustomIDProblem) {
        role = RoleID(try id.snowflake(0).rawValue)
        panel = ConfigPanelState(invoker: try id.snowflake(2), openedAt: try id.integer(1))
    }

    /// Its custom_id arguments.
    var arguments: [String] { [role.description, String(panel.openedAt), panel.invoker.description] }
}

/// Where a dungeon choice came from: the role, the panel message to redraw and when it was opened.
struct QuotaPickerState: Hashable, Sendable {
    let role: RoleID
    let panelMessage: Snowflake
    let openedAt: Int64

    init(role: RoleID, panelMessage: Snowflake, openedAt: Int64) {
        self.role = role
        self.panelMessage = panelMessage
        self.openedAt = openedAt
    }

    /// The state a select carries.
    init(select id: CustomID) throws(CustomIDProblem) {
        self.init(role: RoleID(try id.snowflake(0).rawValue), panelMessage: try id.snowflake(1), openedAt: try id.integer(2))
    }

    /// The state and dungeon a dungeon modal carries.
    static func modal(_ id: CustomID) throws(CustomIDProblem) -> (QuotaPickerState, DungeonCode) {
        (QuotaPickerState(role: RoleID(try id.snowflake(0).rawValue), panelMessage: try id.snowflake(2),
                          openedAt: try id.integer(3)), DungeonCode(customIDToken: try id.token(1)))
    }

    /// The selects' custom_id arguments.
    var arguments: [String] { [role.description, panelMessage.description, String(openedAt)] }

    /// The dungeon modal's custom_id arguments.
    func modalArguments(_ dungeon: DungeonCode) -> [String] {
        [role.description, dungeon.customIDToken, panelMessage.description, String(openedAt)]
    }

    /// The main panel as its invoker (the only one who sees the picker) opened it.
    func panel(invoker: Snowflake) -> QuotaPanelState {
        QuotaPanelState(role: role, panel: ConfigPanelState(invoker: invoker, openedAt: openedAt))
    }
}
