import FeatureKit
import RunsFeature
import BotKit
import DiscordModels
import RaidDomain

/// The `/headcount` picker (§3.8): three multi-selects over `HeadcountPicker.standard` (up to five
/// each, the current choices marked) and "Create Headcount".
enum HeadcountPickerView {
    /// The picker showing `chosen`, with an optional problem line (e.g. too many dungeons).
    static func reply(chosen: [DungeonCode], problem: String? = nil) -> Reply {
        let picker = HeadcountPicker.standard
        let names = chosen.compactMap { Dungeon.named($0)?.name }
        var lines = ["**Pick the dungeons for your headcount** (1 to \(HeadcountState.maximumDungeons))."]
        lines.append(names.isEmpty ? "Nothing picked yet." : "Picked: " + names.joined(separator: ", "))
        if let problem { lines.append(problem) }
        return Reply(content: lines.joined(separator: "\n"), components: [
            select(HeadcountComponentIDs.pickExalt, "Exaltation dungeons", picker.exalt, chosen),
            select(HeadcountComponentIDs.pickOthers1, "Other dungeons (part 1)", picker.othersFirstHalf, chosen),
            select(HeadcountComponentIDs.pickOthers2, "Other dungeons (part 2)", picker.othersSecondHalf, chosen),
            .actionRow(ActionRow([.button(Button(style: .success, label: "Create Headcount",
                                                 customID: HeadcountComponentIDs.make(HeadcountComponentIDs.create)))])),
        ])
    }

    static func select(_ schema: CustomIDSchema, _ placeholder: String, _ dungeons: [Dungeon],
                       _ chosen: [DungeonCode]) -> Component {
        let options = dungeons.prefix(25).map {
            SelectOption(label: $0.name, value: $0.code.rawValue, isDefault: chosen.contains($0.code) ? true : nil)
        }
        return .actionRow(ActionRow([.selectMenu(SelectMenu(
            customID: HeadcountComponentIDs.make(schema), options: Array(options), placeholder: placeholder,
            minValues: 0, maxValues: min(HeadcountState.maximumDungeons, options.count)))]))
    }

    /// The picker once it is done or expired: no components left.
    static func closed(_ text: String) -> Reply { Reply(content: text) }
}
