import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// The organizer's ephemeral panel (§2.2): status, joined count, key offers with mentions, and the
/// buttons the status allows. A closed panel after end or cancel.
public enum OrganizerPanelView {
    /// The panel, with an optional confirmation line on top.
    public static func reply(_ record: RunRecord, _ tally: RunTally, notice: String? = nil) -> Reply {
        let run = record.state
        guard run.status.isActive else {
            let closed = run.ending == .cancelled ? "❌ Run Cancelled — This panel is now closed."
                : "✅ Run Ended — This panel is now closed."
            return Reply(content: [notice, closed].compactMap { $0 }.joined(separator: "\n"))
        }
        var lines = [String]()
        if let notice { lines.append(notice) }
        lines.append("**Status:** \(run.status.label)")
        lines.append("**Raiders Joined:** \(tally.joined)")
        if let party = run.party { lines.append("**Party:** \(party)") }
        if let location = run.location { lines.append("**Location:** \(location)") }
        if run.joinLocked { lines.append("🔒 Join is locked") }
        if let score = run.realmScore { lines.append("**Realm Score:** \(score)%") }
        if let stage = run.o3Stage { lines.append("**Progress:** \(stage.title)") }
        var fields = [EmbedField]()
        for (name, offers) in [("Headcount Keys", tally.headcountKeys), ("Raid Keys", tally.runKeys)] where !offers.isEmpty {
            let value = run.dungeon.keyReactions.compactMap { key -> String? in
                guard let members = offers[key], !members.isEmpty else { return nil }
                return "\(key.buttonLabel): " + members.map { "<@\($0)>" }.joined(separator: ", ")
            }.joined(separator: "\n")
            if !value.isEmpty { fields.append(EmbedField(name: name, value: String(value.prefix(1024)))) }
        }
        let embed = Embed(title: "Organizer Panel — \(run.dungeon.name)", description: lines.joined(separator: "\n"),
                          color: Int(run.dungeon.embedColour), fields: fields.isEmpty ? nil : fields)
        return Reply(embeds: [embed], components: buttons(run))
    }

    public static func buttons(_ run: RunState) -> [Component] {
        let id = run.id
        func button(_ schema: CustomIDSchema, _ label: String, _ style: ButtonStyle, disabled: Bool = false) -> Component {
            .button(Button(style: style, label: label, customID: RunComponentIDs.make(schema, id), disabled: disabled))
        }
        let lock = button(RunComponentIDs.lockJoin, run.joinLocked ? "🔓 Unlock Join" : "🔒 Lock Join", .secondary)
        var settings = [button(RunComponentIDs.partyLocation, "Set Party/Loc", .secondary)]
        if !run.dungeon.isOryx3 { settings.append(button(RunComponentIDs.chain, "Chain Amount", .secondary)) }
        if run.status == .open {
            var rows: [Component] = [
                .actionRow(ActionRow([button(RunComponentIDs.start, "Start", .success),
                                      button(RunComponentIDs.cancel, "Cancel", .danger)])),
                .actionRow(ActionRow([lock] + settings)),
            ]
            if run.dungeon.isOryx3 {
                rows.append(.actionRow(ActionRow([run.screenshotURL == nil
                    ? button(RunComponentIDs.screenshot, "📸 Submit Screenshot", .primary)
                    : button(RunComponentIDs.screenshot, "✅ Screenshot Submitted", .success, disabled: true)])))
            }
            return rows
        }
        var first = [button(RunComponentIDs.end, "End Run", .danger)]
        if run.dungeon.isOryx3 {
            first += o3Buttons(run, button)
        } else {
            first.append(button(RunComponentIDs.keyPop, "Key popped", .primary))
        }
        first.append(lock)
        return [.actionRow(ActionRow(first)),
                .actionRow(ActionRow(settings + [button(RunComponentIDs.cancel, "Cancel Run", .danger)]))]
    }

    /// The next Oryx 3 step (§3.12): realm score and Realm Closed, then Miniboss, then Third Room.
    public static func o3Buttons(_ run: RunState, _ button: (CustomIDSchema, String, ButtonStyle, Bool) -> Component) -> [Component] {
        switch run.o3Stage {
        case nil: [button(RunComponentIDs.realmScore, "Realm Score %", .primary, false),
                   button(RunComponentIDs.realmClosed, "Realm Closed", .primary, false)]
        case .closed?: [button(RunComponentIDs.miniboss, "Miniboss", .primary, false)]
        case .miniboss?: [button(RunComponentIDs.thirdRoom, "Third Room", .primary, false)]
        case .thirdRoom?: []
        }
    }
}
