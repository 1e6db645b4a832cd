import FeatureKit
import RunsFeature
import BotKit
import DiscordModels
import RaidDomain

/// The public headcount message (§3.8): one layout for a single dungeon, one for several; key
/// counts in a "**Key Counts:**" block, participant counts never shown publicly.
enum HeadcountPanelView {
    /// The whole message as a create or an edit; `pings` are the dungeons' ping-role mentions (nil
    /// leaves an edited message's content as it was).
    static func message(_ record: HeadcountRecord, _ tally: HeadcountTally, pings: String?) -> MessageEdit {
        let active = record.state.status == .active
        return MessageEdit(content: pings.map(content), embeds: [embed(record, tally)],
                           components: active ? components(record) : [], allowedMentions: AllowedMentions.none)
    }

    /// `@here` plus the dungeons' ping roles.
    static func content(_ pings: String) -> String {
        pings.isEmpty ? "@here" : "@here \(pings)"
    }

    static func embed(_ record: HeadcountRecord, _ tally: HeadcountTally) -> Embed {
        let state = record.state, dungeons = state.dungeons
        let single = dungeons.count == 1 ? dungeons.first : nil
        var lines = ["Organizer: <@\(state.organizer)>"]
        if single == nil { lines.append(""); lines += dungeons.map { "🔹 **\($0.name)**" } }
        guard state.status == .active else {
            let title = single.map { "❌ Headcount Ended: \($0.name)" } ?? "❌ Headcount Ended — Multiple Dungeons"
            return Embed(title: title, description: lines.joined(separator: "\n"), color: EmbedColor.failure)
        }
        if let counts = keyCounts(dungeons, tally) { lines += ["", counts] }
        return Embed(title: single.map { "🎯 Headcount: \($0.name)" } ?? "🎯 Headcount — Multiple Dungeons",
                     description: lines.joined(separator: "\n"),
                     color: Int(single?.embedColour ?? UInt32(EmbedColor.information)),
                     thumbnail: single.map { EmbedMedia(url: $0.portalImageURL) })
    }

    /// "**Key Counts:**" and one line per offered key, or nil before the first offer.
    static func keyCounts(_ dungeons: [Dungeon], _ tally: HeadcountTally) -> String? {
        let lines = dungeons.flatMap { dungeon in
            dungeon.keyReactions.compactMap { key -> String? in
                let count = tally.offers(dungeon.code, key).count
                guard count > 0 else { return nil }
                let label = dungeon.keyReactions.count == 1 ? dungeon.name : "\(dungeon.name) \(key.buttonLabel)"
                return "\(RunPanelView.emojiText(key)) \(label): **\(count)**"
            }
        }
        return lines.isEmpty ? nil : (["**Key Counts:**"] + lines).joined(separator: "\n")
    }

    static func components(_ record: HeadcountRecord) -> [Component] {
        let id = record.id
        let join = Component.button(Button(style: .success, label: "Join",
                                           customID: HeadcountComponentIDs.make(HeadcountComponentIDs.join, id)))
        let organizer = Component.button(Button(style: .secondary, label: "Organizer Panel",
                                                customID: HeadcountComponentIDs.make(HeadcountComponentIDs.organizerPanel, id)))
        let dungeons = record.state.dungeons
        guard dungeons.count > 1 else {
            let keys = dungeons.flatMap { dungeon in
                dungeon.keyReactions.map { keyButton(id, dungeon, $0, label: $0.headcountLabel) }
            }
            if keys.count <= 3 { return [.actionRow(ActionRow([join] + keys + [organizer]))] }
            return rows([join] + keys.prefix(4)) + rows(Array(keys.dropFirst(4)) + [organizer])
        }
        let keys = dungeons.flatMap { dungeon in
            dungeon.keyReactions.map {
                keyButton(id, dungeon, $0, label: HeadcountPicker.multiDungeonKeyLabel(dungeon: dungeon, key: $0))
            }
        }
        return [.actionRow(ActionRow([join, organizer]))] + rows(Array(keys.prefix(20)))
    }

    static func keyButton(_ id: Int64, _ dungeon: Dungeon, _ key: ReactionKey, label: String) -> Component {
        let customID = HeadcountComponentIDs.make(HeadcountComponentIDs.key, id,
                                                  [dungeon.code.customIDToken, key.rawValue])
        return .button(Button(style: .secondary, label: label, customID: customID, emoji: RunPanelView.emoji(key)))
    }

    /// Buttons five to a row.
    static func rows(_ buttons: [Component]) -> [Component] {
        stride(from: 0, to: buttons.count, by: 5).map { start in
            .actionRow(ActionRow(Array(buttons[start..<min(start + 5, buttons.count)])))
        }
    }
}
