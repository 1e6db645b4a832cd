import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// The `/find` message (§1.2, §6.6): a header, the tab's page of embeds, the tab buttons and the
/// paging row, drawn from the member's stored history and the state the buttons carry.
enum FindView {
    /// Punishments or notes per page.
    static let pageSize = 5

    /// The message for `state` (its page clamped to the last one).
    static func reply(_ state: FindState, history: PunishmentStore.History, highestRole: String?, now: Timestamp) -> Reply {
        var state = state
        let punishments = state.activeOnly ? history.punishments.filter { $0.isInForce(at: now) } : history.punishments
        let itemCount = state.tab == .punishments ? punishments.count : state.tab == .notes ? history.notes.count : 0
        let pages = max(1, (itemCount + pageSize - 1) / pageSize)
        state.page = min(state.page, pages - 1)
        let range = (state.page * pageSize)..<min(itemCount, (state.page + 1) * pageSize)
        var embeds = [header(state, history: history, punishments: punishments, highestRole: highestRole, now: now)]
        switch state.tab {
        case .userInfo: break
        case .punishments: embeds += punishments[range].map { punishment($0, now: now) }
        case .notes: embeds += history.notes[range].map(note)
        }
        return Reply(embeds: embeds, components: components(state, pages: pages))
    }

    static func header(_ state: FindState, history: PunishmentStore.History, punishments: [PunishmentRecord],
                       highestRole: String?, now: Timestamp) -> Embed {
        let suspended = history.punishments.contains { $0.kind == .suspend && $0.isInForce(at: now) }
        return Embed(title: "🔎 \(state.tab.label)", description: "<@\(state.target)>", color: EmbedColor.information, fields: [
            EmbedField(name: "IGN", value: history.igns.isEmpty ? "Not verified" : history.igns.joined(separator: " | "), inline: true),
            EmbedField(name: "Suspended", value: suspended ? "✅" : "❌", inline: true),
            EmbedField(name: "Highest Role", value: highestRole ?? "Not in the server", inline: true),
            EmbedField(name: "Punishments", value: "\(punishments.count)\(state.activeOnly ? " active" : "")", inline: true),
            EmbedField(name: "Notes", value: "\(history.notes.count)", inline: true),
        ])
    }

    static func punishment(_ record: PunishmentRecord, now: Timestamp) -> Embed {
        var fields = [EmbedField(name: "Status", value: status(record, now: now), inline: true),
                      EmbedField(name: "Moderator", value: "<@\(record.moderatorID)>", inline: true),
                      EmbedField(name: "Reason", value: record.reason, inline: false)]
        if let expires = record.expiresAt, record.isInForce(at: now) {
            fields.append(EmbedField(name: "Time Remaining", value: "<t:\(expires.unixSeconds):R>", inline: true))
        }
        fields.append(EmbedField(name: "ID", value: "`\(record.id)`", inline: true))
        return Embed(title: "\(record.kind.noun) — <t:\(record.createdAt.unixSeconds):d>", color: EmbedColor.notice, fields: fields)
    }

    /// The incumbent's status wording.
    static func status(_ record: PunishmentRecord, now: Timestamp) -> String {
        if record.isActive {
            guard record.isInForce(at: now) else { return "Expired (Not Yet Processed)" }
            return record.kind == .warn ? "Active Warning" : record.kind == .suspend ? "Currently Suspended" : "Currently Muted"
        }
        if record.removalReason?.contains("Extended") == true { return "Extended to New \(record.kind.noun)" }
        if record.removedBy != nil { return record.kind == .warn ? "Warning Removed" : "\(record.kind.noun) Lifted" }
        if record.removedAt != nil, record.kind != .warn { return "\(record.kind.noun) Expired" }
        return "Inactive"
    }

    static func note(_ note: NoteRecord) -> Embed {
        Embed(title: "📝 Note — <t:\(note.createdAt.unixSeconds):d>", description: note.text, color: EmbedColor.information,
              fields: [EmbedField(name: "By", value: "<@\(note.moderatorID)>", inline: true),
                       EmbedField(name: "ID", value: "`\(note.id)`", inline: true)])
    }

    static func components(_ state: FindState, pages: Int) -> [Component] {
        let tabs: [(CustomIDSchema, FindTab)] = [(FindComponentIDs.userInfo, .userInfo),
                                                  (FindComponentIDs.punishments, .punishments), (FindComponentIDs.notes, .notes)]
        let paged = state.tab != .userInfo
        func button(_ schema: CustomIDSchema, _ label: String, disabled: Bool, style: ButtonStyle = .secondary) -> Component {
            .button(Button(style: style, label: label, customID: schema.wire(state.arguments), disabled: disabled))
        }
        return [
            .actionRow(ActionRow(tabs.map { button($0.0, $0.1.label, disabled: state.tab == $0.1,
                                                   style: state.tab == $0.1 ? .primary : .secondary) })),
            .actionRow(ActionRow([
                button(FindComponentIDs.first, "⏮", disabled: !paged || state.page == 0),
                button(FindComponentIDs.previous, "◀", disabled: !paged || state.page == 0),
                button(FindComponentIDs.page, "\(state.page + 1)/\(pages)", disabled: true),
                button(FindComponentIDs.next, "▶", disabled: !paged || state.page >= pages - 1),
                button(FindComponentIDs.last, "⏭", disabled: !paged || state.page >= pages - 1),
            ])),
        ]
    }
}
