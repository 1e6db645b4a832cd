import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// The key-logging panel (§2.3): remaining keys and the lines logged, a member select of the key
/// offerers plus "Someone else", then a count select for the picked member.
enum KeyLoggingView {
    static let colour = 0xF1C40F

    /// The main panel, or its closing words once every key is logged or it was cancelled.
    static func panel(_ panel: KeyLoggingStore.Panel, notice: String? = nil) -> Reply {
        let runID = panel.session.runID
        let log = panel.lines.isEmpty ? "Nothing logged yet." : panel.lines.joined(separator: "\n")
        guard panel.isOpen else {
            let closing = panel.status == "cancelled" ? "Key logging closed; the remaining keys were not logged."
                : "✅ All keys logged."
            return Reply(embeds: [embed(panel, [notice, closing, log].compactMap { $0 })])
        }
        var rows: [Component] = []
        if !panel.candidates.isEmpty {
            rows.append(.actionRow(ActionRow([.selectMenu(SelectMenu(
                customID: KeyLoggingIDs.make(KeyLoggingIDs.pickMember, runID),
                options: panel.candidates.map { SelectOption(label: String($0.name.prefix(100)), value: "\($0.member)") },
                placeholder: "Who popped the key?"))])))
        }
        rows.append(.actionRow(ActionRow([
            .button(Button(style: .secondary, label: "Someone else", customID: KeyLoggingIDs.make(KeyLoggingIDs.someoneElse, runID))),
            .button(Button(style: .danger, label: "Done (skip the rest)", customID: KeyLoggingIDs.make(KeyLoggingIDs.cancel, runID))),
        ])))
        return Reply(embeds: [embed(panel, [notice, "**Keys left to log:** \(panel.session.remaining)", log].compactMap { $0 })],
                     components: rows)
    }

    /// The count step for one member: 1 up to the remaining keys (at most 25), and Back.
    static func countPicker(_ panel: KeyLoggingStore.Panel, member: KeyLoggingStore.Candidate) -> Reply {
        let runID = panel.session.runID
        let counts = panel.session.countChoices.map(Array.init) ?? []
        return Reply(embeds: [embed(panel, ["How many keys did <@\(member.member)> pop?"])], components: [
            .actionRow(ActionRow([.selectMenu(SelectMenu(
                customID: KeyLoggingIDs.make(KeyLoggingIDs.count, runID, ["\(member.member)"]),
                options: counts.map { SelectOption(label: "\($0)", value: "\($0)") }, placeholder: "Keys"))])),
            .actionRow(ActionRow([.button(Button(style: .secondary, label: "Back",
                                                 customID: KeyLoggingIDs.make(KeyLoggingIDs.back, runID)))])),
        ])
    }

    static func embed(_ panel: KeyLoggingStore.Panel, _ lines: [String]) -> Embed {
        Embed(title: "🔑 Log Keys — \(panel.session.dungeon.name)", description: String(lines.joined(separator: "\n").prefix(4000)),
              color: colour)
    }
}

/// The key-logging panel's custom_ids (`v1:keylog:<action>:<runId>[:<userId>]`).
enum KeyLoggingIDs {
    static let pickMember = CustomIDSchema("keylog", "member", [.snowflake])
    static let count = CustomIDSchema("keylog", "count", [.snowflake, .snowflake])
    static let someoneElse = CustomIDSchema("keylog", "custom", [.snowflake])
    static let someoneElseModal = CustomIDSchema("keylog", "custom_modal", [.snowflake])
    static let back = CustomIDSchema("keylog", "back", [.snowflake])
    static let cancel = CustomIDSchema("keylog", "cancel", [.snowflake])
    static let all = [pickMember, count, someoneElse, someoneElseModal, back, cancel]

    static func make(_ schema: CustomIDSchema, _ run: RunID, _ extra: [String] = []) -> String {
        RunComponentIDs.make(schema, run, extra)
    }
}
