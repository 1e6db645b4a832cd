import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// The `/configquota` panel (§5.7): "📊 Quota Configuration" with the role's required points,
/// period, weekly schedule, base and moderation points and up to 10 overrides, and its 8 buttons.
enum ConfigQuotaView {
    /// The panel for `record` (nil: not configured yet); `buttons` false draws it without them.
    static func panel(_ record: QuotaConfigRecord?, state: QuotaPanelState, buttons: Bool = true) -> Reply {
        var embed = Embed(title: "📊 Quota Configuration", color: EmbedColor.information)
        if let record {
            embed.description = "Quota settings for <@&\(record.roleID)>."
            embed.fields = fields(record)
        } else {
            embed.description = "<@&\(state.role)> has no quota configuration yet. Set Basic Config (or any other "
                + "setting) creates one: nothing required, a period of one week from now, 1 point per run."
        }
        embed.footer = EmbedFooter(text: "Buttons need Discord's Administrator permission and work for 10 minutes.")
        return Reply(embeds: [embed], components: buttons ? components(state, configured: record != nil) : [],
                     allowedMentions: AllowedMentions.none)
    }

    static func fields(_ record: QuotaConfigRecord) -> [EmbedField] {
        [
            EmbedField(name: "Required Points", value: "\(record.requiredPoints)", inline: true),
            EmbedField(name: "Period Start", value: moment(record.periodStart), inline: true),
            EmbedField(name: "Resets", value: moment(record.resetAt), inline: true),
            EmbedField(name: "Repeats Weekly",
                       value: record.rollover?.description ?? "Never (set the dates by hand)", inline: true),
            EmbedField(name: "Base Exalt Points", value: "\(record.baseExalt) per run", inline: true),
            EmbedField(name: "Base Non-Exalt Points", value: "\(record.baseNonExalt) per run", inline: true),
            EmbedField(name: "Moderation Command Points", value: moderation(record.moderation)),
            EmbedField(name: "Dungeon Overrides", value: overrides(record.overrides)),
        ]
    }

    /// Discord's full date and relative time.
    static func moment(_ time: Timestamp) -> String { "<t:\(time.unixSeconds):f> (<t:\(time.unixSeconds):R>)" }

    static func moderation(_ values: [ModerationAction: Points]) -> String {
        let set = ModerationAction.allCases.compactMap { action in
            values[action].flatMap { $0.isZero ? nil : "\(label(action)): \($0)" }
        }
        return set.isEmpty ? "None (moderation actions earn no quota points)" : set.joined(separator: " · ")
    }

    /// Up to 10, highest first, then by name.
    static func overrides(_ values: [DungeonCode: Points]) -> String {
        guard !values.isEmpty else { return "None (base points apply)" }
        let sorted = values.sorted { ($0.value, name($1.key)) > ($1.value, name($0.key)) }
        let lines = sorted.prefix(10).map { "\(name($0.key)): \($0.value)" }
        let more = values.count > 10 ? "\n…and \(values.count - 10) more" : ""
        return lines.joined(separator: "\n") + more
    }

    static func name(_ code: DungeonCode) -> String { Dungeon.named(code)?.name ?? code.rawValue }

    /// The modal and panel label of a moderation action.
    static func label(_ action: ModerationAction) -> String {
        switch action {
        case .verify: "Verify"
        case .warn: "Warn"
        case .suspend: "Suspend"
        case .modmailReply: "Modmail Reply"
        case .editname: "Edit Name"
        case .addnote: "Add Note"
        }
    }

    static func components(_ state: QuotaPanelState, configured: Bool) -> [Component] {
        func button(_ schema: CustomIDSchema, _ label: String, _ style: ButtonStyle, needsConfig: Bool = false) -> Component {
            .button(Button(style: style, label: label, customID: schema.wire(state.arguments),
                           disabled: needsConfig && !configured ? true : nil))
        }
        return [
            .actionRow(ActionRow([
                button(ConfigQuotaIDs.basic, "Set Basic Config", .primary),
                button(ConfigQuotaIDs.base, "Base Points", .secondary),
                button(ConfigQuotaIDs.moderation, "Moderation Points", .secondary),
                button(ConfigQuotaIDs.dungeons, "Configure Dungeons", .secondary),
            ])),
            .actionRow(ActionRow([
                button(ConfigQuotaIDs.update, "Update Panel", .success, needsConfig: true),
                button(ConfigQuotaIDs.reset, "Reset Panel", .secondary, needsConfig: true),
                button(ConfigQuotaIDs.delete, "Delete Quota", .danger, needsConfig: true),
                button(ConfigQuotaIDs.stop, "Stop", .secondary),
            ])),
        ]
    }
}
