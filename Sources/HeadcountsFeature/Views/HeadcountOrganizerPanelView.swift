import FeatureKit
import RunsFeature
import BotKit
import DiscordModels
import RaidDomain

/// The headcount organizer panel (§2.4, ephemeral): participants, key offers with mentions, End and
/// Convert; the Confirm Access step for staff who do not own the headcount; the conversion's
/// dungeon select.
enum HeadcountOrganizerPanelView {
    /// The panel, with an optional line on top; a closed note once the headcount is over.
    static func reply(_ record: HeadcountRecord, _ tally: HeadcountTally, notice: String? = nil) -> Reply {
        let state = record.state
        switch state.status {
        case .ended:
            return Reply(content: [notice, "✅ Headcount Ended — This panel is now closed."].compactMap { $0 }
                .joined(separator: "\n"))
        case .converted:
            return Reply(content: [notice, "✅ Headcount Converted! — This panel is now closed."].compactMap { $0 }
                .joined(separator: "\n"))
        case .active:
            break
        }
        var lines = [String]()
        if let notice { lines.append(notice) }
        lines.append("**Organizer:** <@\(state.organizer)>")
        lines.append("**Participants:** \(tally.participants.count)")
        let fields = state.dungeons.map { dungeon in
            EmbedField(name: dungeon.name, value: String(keyLines(dungeon, tally).prefix(1024)))
        }
        let embed = Embed(title: "🎯 Headcount Organizer Panel", description: lines.joined(separator: "\n"),
                          color: EmbedColor.information, fields: fields)
        return Reply(embeds: [embed], components: buttons(record.id))
    }

    /// "Label: <@a>, <@b>" per key with offers; "No keys offered" otherwise.
    static func keyLines(_ dungeon: Dungeon, _ tally: HeadcountTally) -> String {
        let lines = dungeon.keyReactions.compactMap { key -> String? in
            let members = tally.offers(dungeon.code, key)
            guard !members.isEmpty else { return nil }
            return "\(key.buttonLabel): " + members.map { "<@\($0)>" }.joined(separator: ", ")
        }
        if dungeon.keyReactions.isEmpty { return "No keys needed" }
        return lines.isEmpty ? "No keys offered" : lines.joined(separator: "\n")
    }

    static func buttons(_ id: Int64) -> [Component] {
        [.actionRow(ActionRow([
            .button(Button(style: .danger, label: "End Headcount",
                           customID: HeadcountComponentIDs.make(HeadcountComponentIDs.end, id))),
            .button(Button(style: .primary, label: "Convert to Run",
                           customID: HeadcountComponentIDs.make(HeadcountComponentIDs.convert, id))),
        ]))]
    }

    /// The Confirm Access step for staff opening another organizer's headcount (§2.4).
    static func confirmAccess(_ record: HeadcountRecord) -> Reply {
        let names = record.state.dungeons.map(\.name).joined(separator: ", ")
        return ConfirmAccessView.reply(owner: record.state.organizer.rawValue, what: "headcount for **\(names)**",
                                       confirmID: HeadcountComponentIDs.make(HeadcountComponentIDs.confirmAccess, record.id),
                                       denyID: HeadcountComponentIDs.make(HeadcountComponentIDs.denyAccess, record.id))
    }

    /// The dungeon choice of a multi-dungeon conversion.
    static func convertPicker(_ record: HeadcountRecord) -> Reply {
        let options = record.state.dungeons.map { SelectOption(label: $0.name, value: $0.code.rawValue) }
        return Reply(content: "Which dungeon should the run be?", components: [.actionRow(ActionRow([
            .selectMenu(SelectMenu(customID: HeadcountComponentIDs.make(HeadcountComponentIDs.convertPick, record.id),
                                   options: options, placeholder: "Dungeon to run", minValues: 1, maxValues: 1)),
        ]))])
    }
}
