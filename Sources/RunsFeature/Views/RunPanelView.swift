import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// The public run message (§2.1, §3.2–3.6): title by status, organizer, key window, counts, and
/// the Join/Leave/Organizer Panel, class and key buttons while the run is active.
public enum RunPanelView {
    /// The whole message, as a create or an edit.
    public static func message(_ record: RunRecord, _ tally: RunTally, now: Timestamp) -> MessageEdit {
        MessageEdit(content: content(record.state), embeds: [embed(record, tally, now: now)],
                    components: record.state.status.isActive ? components(record) : [], allowedMentions: AllowedMentions.none)
    }

    public static func content(_ run: RunState) -> String {
        switch run.status {
        case .open: return "@here"
        case .live:
            let parts = [run.party.map { "Party: **\($0)**" }, run.location.map { "Location: **\($0)**" }].compactMap { $0 }
            return (["@here"] + [parts.joined(separator: " | ")].filter { !$0.isEmpty }).joined(separator: " ")
        case .ended: return run.ending?.label ?? "Ended"
        }
    }

    public static func title(_ run: RunState) -> String {
        let chain = run.chainProgress.map { " | \($0)" } ?? ""
        switch run.status {
        case .open: return "⏳ Starting Soon: \(run.dungeon.name)\(chain)"
        case .live: return "🟢 LIVE: \(run.dungeon.name)\(chain)"
        case .ended: return run.ending == .cancelled ? "❌ Cancelled: \(run.dungeon.name)" : "✅ Ended: \(run.dungeon.name)"
        }
    }

    public static func embed(_ record: RunRecord, _ tally: RunTally, now: Timestamp) -> Embed {
        let run = record.state
        var lines = ["Organizer: <@\(run.organizer)>"]
        if run.status == .live, let ends = run.keyWindowEndsAt, run.isKeyWindowOpen(at: now) {
            lines.append("🔑 **Key popped** / Party join window closes <t:\(ends.unixSeconds):R>")
        }
        if run.status == .ended, let ended = run.endedAt { lines.append("Ended <t:\(ended.unixSeconds):R>") }
        if let score = run.realmScore, run.status == .live { lines.append("**Realm Score:** \(score)%") }
        if run.ending == .autoEnded { lines.append("**Status:** Auto-ended (exceeded \(run.autoEndMinutes) minutes)") }
        var fields = [EmbedField(name: "Raiders Joined", value: "\(tally.joined)", inline: true)]
        if let classes = classSummary(tally) { fields.append(EmbedField(name: "Classes", value: classes, inline: true)) }
        if !run.dungeon.keyReactions.isEmpty {
            fields.append(EmbedField(name: "Keys", value: keySummary(run.dungeon, tally)))
        }
        if run.status == .ended, let chain = run.chainProgress {
            fields.append(EmbedField(name: "Final Chain", value: chain.description))
        }
        if let note = run.description { fields.append(EmbedField(name: "Organizer Note", value: note)) }
        return Embed(title: title(run), description: lines.joined(separator: "\n"),
                     color: Int(run.status == .ended ? 0x808080 : run.dungeon.embedColour),
                     thumbnail: EmbedMedia(url: run.dungeon.portalImageURL), fields: fields)
    }

    /// "Priest: 3 • Warrior: 2", or nil when nobody picked a class.
    public static func classSummary(_ tally: RunTally) -> String? {
        let parts = RotmgClass.allCases.compactMap { raidClass in
            tally.classes[raidClass].map { "\(raidClass.rawValue): \($0)" }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " • ")
    }

    /// "<emoji> Label: **n**" per key, joined by " • "; "None" without offers.
    public static func keySummary(_ dungeon: Dungeon, _ tally: RunTally) -> String {
        let parts = dungeon.keyReactions.compactMap { key -> String? in
            let count = tally.keyCount(key)
            guard count > 0 else { return nil }
            return "\(emojiText(key)) \(key.buttonLabel): **\(count)**"
        }
        return parts.isEmpty ? "None" : parts.joined(separator: " • ")
    }

    /// The key mark in text. The incumbent's custom key emojis live in its own emoji server, which
    /// this bot is not in: Discord refuses an inaccessible custom emoji in a component
    /// (BUTTON_COMPONENT_INVALID_EMOJI, so the panel would not post) and shows it as bare text in
    /// an embed, so a Unicode key stands in until the bot ships application emojis.
    public static func emojiText(_ key: ReactionKey) -> String { "🔑" }

    /// The key mark on a button (see `emojiText`).
    public static func emoji(_ key: ReactionKey) -> Emoji? { Emoji(unicode: "🔑") }

    public static func components(_ record: RunRecord) -> [Component] {
        let run = record.state, id = run.id
        var rows: [Component] = [.actionRow(ActionRow([
            .button(Button(style: .success, label: "Join", customID: RunComponentIDs.make(RunComponentIDs.join, id),
                           disabled: run.joinLocked)),
            .button(Button(style: .danger, label: "Leave", customID: RunComponentIDs.make(RunComponentIDs.leave, id))),
            .button(Button(style: .secondary, label: "Organizer Panel",
                           customID: RunComponentIDs.make(RunComponentIDs.organizerPanel, id))),
        ]))]
        rows.append(.actionRow(ActionRow([.selectMenu(SelectMenu(
            customID: RunComponentIDs.make(RunComponentIDs.chooseClass, id),
            options: RotmgClass.allCases.map { SelectOption(label: $0.rawValue, value: $0.rawValue) },
            placeholder: "Pick your class"))])))
        let keys = run.dungeon.keyReactions.map { key in
            Component.button(Button(style: .secondary, label: key.buttonLabel,
                                    customID: RunComponentIDs.make(RunComponentIDs.key, id, [key.rawValue]),
                                    emoji: emoji(key)))
        }
        for start in stride(from: 0, to: min(keys.count, 15), by: 5) {
            rows.append(.actionRow(ActionRow(Array(keys[start..<min(start + 5, keys.count)]))))
        }
        return rows
    }
}
