import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// Configure Dungeons (§5.7): a message only the admin sees with three dungeon selects; a choice
/// opens the dungeon's modal; the value sets the role's override (0 or less removes it). The picker
/// and the main panel are redrawn from what was written.
enum ConfigQuotaDungeons {
    /// Shows the picker for the panel the button sits on.
    static func showPicker(_ state: QuotaPanelState, _ context: InteractionContext, _ services: QuotaServices) async throws {
        guard let panelMessage = context.sourceMessageID else {
            throw BotKitError(.malformedComponent, detail: "configquota dungeons without a message")
        }
        let picker = QuotaPickerState(role: state.role, panelMessage: panelMessage, openedAt: state.panel.openedAt)
        let record = try await QuotaConfigEditor(services).record(state.role)
        try await context.followUp(view(picker, overrides: record?.overrides ?? [:]), ephemeral: true)
    }

    /// The picker message.
    static func view(_ picker: QuotaPickerState, overrides: [DungeonCode: Points]) -> Reply {
        Reply(content: "Choose a dungeon to set <@&\(picker.role)>'s quota points per run. "
                  + "✏️ marks a dungeon with its own value.",
              components: DungeonPicker.rows(ConfigQuotaIDs.pickers, arguments: picker.arguments, marked: overrides,
                                             unit: "pts"))
    }

    /// A dungeon chosen: its modal, prefilled with its override.
    static func open(_ context: InteractionContext, _ services: QuotaServices) async throws -> Modal {
        let id = try ConfigQuotaActions.customID(context)
        let picker = try QuotaPickerState(select: id)
        let dungeon = try DungeonPicker.chosen(context)
        let record = try await QuotaConfigEditor(services).record(picker.role)
        return ConfigQuotaModals.dungeon(dungeon, current: record?.overrides[dungeon.code], picker: picker)
    }

    /// The dungeon modal submitted: sets or removes the override, redraws the picker and the panel.
    static func submit(_ context: InteractionContext, _ services: QuotaServices) async throws {
        let id = try ConfigQuotaActions.customID(context)
        let (picker, code) = try QuotaPickerState.modal(id)
        let dungeon = try DungeonPicker.named(code)
        let value = try ConfigInput.override(context.modalValues["points"], field: "Points per run")
        try await QuotaRoleCheck.require(picker.role, botID: context.interaction.applicationID, services)
        let record = try await QuotaConfigEditor(services).apply(.override(dungeon.code, value), to: picker.role,
                                                                  now: services.now())
        try await context.reply(view(picker, overrides: record.overrides))
        await redrawPanel(record, picker, context, services)
        let outcome = value.map { "now earns \($0) points per run" } ?? "uses the base points again"
        try await context.followUp(.text("✅ \(dungeon.name) \(outcome) for <@&\(picker.role)>."))
    }

    /// Edits the main panel message (a bot message in the command's channel); best effort, since the
    /// admin may have dismissed it.
    static func redrawPanel(_ record: QuotaConfigRecord, _ picker: QuotaPickerState, _ context: InteractionContext,
                            _ services: QuotaServices) async {
        guard let channel = context.interaction.channelID else { return }
        let state = picker.panel(invoker: context.userID)
        let live = !state.panel.hasExpired(now: services.now().unixMilliseconds)
        do {
            _ = try await services.rest.editMessage(channelID: channel, messageID: picker.panelMessage,
                                                    ConfigQuotaView.panel(record, state: state, buttons: live).edit)
        } catch {
            services.environment.logger.info("quota config panel not redrawn", metadata: ["error": "\(error)"])
        }
    }
}
