import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// The `/configpoints` panel (§5.8): "⭐ Raider Points Configuration" with the defaults, up to 10
/// dungeons of each kind with their own value, and three buttons; and its dungeon pickers.
enum ConfigPointsView {
    static func panel(_ values: [RaiderPointsKind: [DungeonCode: Points]], state: ConfigPanelState,
                      buttons: Bool = true) -> Reply {
        let embed = Embed(
            title: "⭐ Raider Points Configuration",
            description: "Raiders earn **\(PointDefaults.raiderCompletion)** point per completed run and "
                + "**\(PointDefaults.keyPop)** points per key popped, unless a dungeon has its own value below.",
            color: EmbedColor.information,
            footer: EmbedFooter(text: "Buttons need Discord's Administrator permission and work for 10 minutes."),
            fields: [
                EmbedField(name: "Dungeon Completion Points", value: list(values[.completion] ?? [:])),
                EmbedField(name: "Key Pop Points", value: list(values[.keyPop] ?? [:])),
            ])
        return Reply(embeds: [embed], components: buttons ? components(state) : [], allowedMentions: AllowedMentions.none)
    }

    /// Up to 10 dungeons, highest first, then by name.
    static func list(_ values: [DungeonCode: Points]) -> String {
        guard !values.isEmpty else { return "All dungeons use the default." }
        let sorted = values.sorted { ($0.value, ConfigQuotaView.name($1.key)) > ($1.value, ConfigQuotaView.name($0.key)) }
        let lines = sorted.prefix(10).map { "\(ConfigQuotaView.name($0.key)): \($0.value)" }
        return lines.joined(separator: "\n") + (values.count > 10 ? "\n…and \(values.count - 10) more" : "")
    }

    static func components(_ state: ConfigPanelState) -> [Component] {
        let arguments = [state.invoker.description, String(state.openedAt)]
        return [.actionRow(ActionRow([
            .button(Button(style: .primary, label: "Configure Dungeons", customID: ConfigPointsIDs.dungeons.wire(arguments))),
            .button(Button(style: .primary, label: "Configure Keys", customID: ConfigPointsIDs.keys.wire(arguments))),
            .button(Button(style: .secondary, label: "Stop", customID: ConfigPointsIDs.stop.wire(arguments))),
        ]))]
    }

    /// The picker of `kind`.
    static func picker(_ kind: RaiderPointsKind, _ picker: PointsPickerState, values: [DungeonCode: Points]) -> Reply {
        Reply(content: "Choose a dungeon to set its \(kind.noun) (default \(kind.defaultValue)). "
                  + "✏️ marks a dungeon with its own value.",
              components: DungeonPicker.rows(ConfigPointsIDs.pickers(kind), arguments: picker.arguments, marked: values,
                                             unit: "pts"))
    }

    /// The modal of `kind` for `dungeon`, prefilled with its value.
    static func modal(_ kind: RaiderPointsKind, _ dungeon: Dungeon, current: Points, picker: PointsPickerState) -> Modal {
        let label = kind == .completion ? "Points per completed run (0 disables)" : "Points per key popped (0 disables)"
        return Modal(customID: ConfigPointsIDs.modal(kind).wire([dungeon.code.customIDToken] + picker.arguments),
                     title: String(dungeon.name.prefix(45)),
                     components: [ConfigQuotaModals.field("points", label, "\(current)")])
    }
}
