import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// The role-ping panel (§8.5, §2.9): one field per configured dungeon ping role, sorted by dungeon
/// name, a toggle button each (the first 20: 4 rows of 5), and Add All / Remove All.
enum RolePingPanelView {
    static let toggle = CustomIDSchema("roleping", "toggle", [.token])
    static let addAll = CustomIDSchema("roleping", "addall")
    static let removeAll = CustomIDSchema("roleping", "removeall")
    static let maximumToggles = 20

    static func message(_ mappings: [(dungeon: Dungeon, role: Snowflake)]) -> MessageEdit {
        let sorted = mappings.sorted { $0.dungeon.name.lowercased() < $1.dungeon.name.lowercased() }
        let fields = sorted.prefix(25).map { EmbedField(name: $0.dungeon.name, value: "<@&\($0.role)>", inline: true) }
        let embed = Embed(title: "🔔 Dungeon Role Ping Panel", description: sorted.isEmpty ? "No Role Pings Configured"
            : "Click the buttons below to toggle dungeon ping roles: you are pinged when those dungeons are run.",
                          color: 0x5865F2, fields: fields.isEmpty ? nil : Array(fields))
        return MessageEdit(content: "", embeds: [embed], components: components(sorted.map(\.dungeon)),
                           allowedMentions: AllowedMentions.none)
    }

    static func components(_ dungeons: [Dungeon]) -> [Component] {
        let toggles = dungeons.prefix(maximumToggles).map { dungeon in
            // Labels, not the incumbent's portal emojis: those live in a server this bot is not in
            // (see RunPanelView.emojiText).
            Component.button(Button(style: .secondary, label: dungeon.name, customID: toggle.wire([dungeon.code.customIDToken])))
        }
        var rows = stride(from: 0, to: toggles.count, by: 5).map {
            Component.actionRow(ActionRow(Array(toggles[$0..<min($0 + 5, toggles.count)])))
        }
        guard !dungeons.isEmpty else { return rows }
        rows.append(.actionRow(ActionRow([
            .button(Button(style: .success, label: "Add All Roles", customID: addAll.wire([]))),
            .button(Button(style: .danger, label: "Remove All Roles", customID: removeAll.wire([]))),
        ])))
        return rows
    }
}
