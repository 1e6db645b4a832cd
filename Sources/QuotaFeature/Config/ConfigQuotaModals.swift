import BotKit
import DiscordModels
import RaidDomain

/// The four `/configquota` modals, prefilled with the current values, and the parsing of what comes
/// back into one `QuotaConfigChange`: every field is checked before anything is written.
enum ConfigQuotaModals {
    static func basic(_ record: QuotaConfigRecord?, state: QuotaPanelState, now: Timestamp) -> Modal {
        let week = QuotaPeriod.week(from: now)
        return Modal(customID: ConfigQuotaIDs.basicModal.wire(state.arguments), title: "Basic Quota Config", components: [
            field("required_points", "Required points (0 or more)", record.map { "\($0.requiredPoints)" } ?? "0"),
            field("period_start_at", "Period start (YYYY-MM-DD HH:MM, UTC)",
                  UTCDateTime.format(record?.periodStart ?? week.periodStart)),
            field("reset_at", "Resets at (YYYY-MM-DD HH:MM, UTC)", UTCDateTime.format(record?.resetAt ?? week.resetAt)),
            field("repeats_weekly", "Repeats weekly (e.g. Mon 18:00, or never)", WeeklyRollover.text(record?.rollover)),
        ])
    }

    static func base(_ record: QuotaConfigRecord?, state: QuotaPanelState) -> Modal {
        Modal(customID: ConfigQuotaIDs.baseModal.wire(state.arguments), title: "Base Points per Run", components: [
            field("base_exalt_points", "Exalt dungeon run", "\(record?.baseExalt ?? Points(1))"),
            field("base_non_exalt_points", "Any other dungeon run", "\(record?.baseNonExalt ?? Points(1))"),
        ])
    }

    static func moderation(_ record: QuotaConfigRecord?, state: QuotaPanelState) -> Modal {
        Modal(customID: ConfigQuotaIDs.moderationModal.wire(state.arguments), title: "Moderation Points",
              components: QuotaConfigRecord.editableModeration.map { action in
                  field("\(action.rawValue)_points", ConfigQuotaView.label(action), "\(record?.moderation[action] ?? .zero)")
              })
    }

    static func dungeon(_ dungeon: Dungeon, current: Points?, picker: QuotaPickerState) -> Modal {
        Modal(customID: ConfigQuotaIDs.dungeonModal.wire(picker.modalArguments(dungeon.code)),
              title: String("Quota: \(dungeon.name)".prefix(45)), components: [
                  field("points", "Points per run (0 or less removes)", current.map { "\($0)" } ?? ""),
              ])
    }

    /// Set Basic Config's values; the reset must come after the start.
    static func basicChange(_ values: [String: String]) throws -> QuotaConfigChange {
        let required = try ConfigInput.amount(values["required_points"], field: "Required points",
                                              maximum: ConfigInput.maximumRequired)
        let start = try ConfigInput.moment(values["period_start_at"], field: "Period start")
        let reset = try ConfigInput.moment(values["reset_at"], field: "Reset")
        guard reset > start else { throw ConfigInput.refusal("❌ The reset must come after the period start.") }
        switch WeeklyRollover.parse(values["repeats_weekly"] ?? "") {
        case .failure(let problem): throw ConfigInput.refusal(problem.reply)
        case .success(let rollover): return .basic(required: required, start: start, reset: reset, rollover: rollover)
        }
    }

    static func baseChange(_ values: [String: String]) throws -> QuotaConfigChange {
        .base(exalt: try ConfigInput.amount(values["base_exalt_points"], field: "Exalt dungeon run"),
              nonExalt: try ConfigInput.amount(values["base_non_exalt_points"], field: "Any other dungeon run"))
    }

    static func moderationChange(_ values: [String: String]) throws -> QuotaConfigChange {
        var points: [ModerationAction: Points] = [:]
        for action in QuotaConfigRecord.editableModeration {
            points[action] = try ConfigInput.amount(values["\(action.rawValue)_points"], field: ConfigQuotaView.label(action))
        }
        return .moderation(points)
    }

    /// A short required text field.
    static func field(_ id: String, _ label: String, _ value: String) -> Component {
        .label(Label(label, component: .textInput(TextInput(customID: id, style: .short, maxLength: 20, required: true,
                                                           value: value.isEmpty ? nil : value))))
    }
}
