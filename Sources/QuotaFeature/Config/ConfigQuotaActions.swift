import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// The `/configquota` panel's buttons and its three settings modals (§2.10, §5.7). A press checks,
/// in the incumbent's order, that the panel is still live and that the presser opened it (the
/// router already required Discord's Administrator permission); a submit parses every field first
/// and writes in one transaction, then redraws the panel from what was written.
enum ConfigQuotaActions {
    /// The buttons that open a modal, with the modal each opens.
    static let modalButtons: [(CustomIDSchema, CustomIDSchema)] = [
        (ConfigQuotaIDs.basic, ConfigQuotaIDs.basicModal), (ConfigQuotaIDs.base, ConfigQuotaIDs.baseModal),
        (ConfigQuotaIDs.moderation, ConfigQuotaIDs.moderationModal),
    ]
    /// The buttons that act on the panel message.
    static let panelButtons = [ConfigQuotaIDs.dungeons, ConfigQuotaIDs.update, ConfigQuotaIDs.reset, ConfigQuotaIDs.delete,
                               ConfigQuotaIDs.stop]

    /// Builds the modal `schema` names, prefilled with the role's configuration.
    static func open(_ schema: CustomIDSchema, _ context: InteractionContext, _ services: QuotaServices) async throws
        -> Modal {
        let state = try livePanel(context, now: services.now())
        let record = try await QuotaConfigEditor(services).record(state.role)
        switch schema {
        case ConfigQuotaIDs.basicModal: return ConfigQuotaModals.basic(record, state: state, now: services.now())
        case ConfigQuotaIDs.baseModal: return ConfigQuotaModals.base(record, state: state)
        default: return ConfigQuotaModals.moderation(record, state: state)
        }
    }

    /// Saves a settings modal and redraws the panel it was opened from.
    static func submit(_ schema: CustomIDSchema, _ context: InteractionContext, _ services: QuotaServices) async throws {
        let state = try QuotaPanelState(try customID(context))
        try state.panel.requireInvoker(context, command: "configquota")
        let change: QuotaConfigChange = switch schema {
        case ConfigQuotaIDs.basicModal: try ConfigQuotaModals.basicChange(context.modalValues)
        case ConfigQuotaIDs.baseModal: try ConfigQuotaModals.baseChange(context.modalValues)
        default: try ConfigQuotaModals.moderationChange(context.modalValues)
        }
        try await QuotaRoleCheck.require(state.role, botID: context.interaction.applicationID, services)
        let record = try await QuotaConfigEditor(services).apply(change, to: state.role, now: services.now())
        try await context.reply(ConfigQuotaView.panel(record, state: state))
        try await context.followUp(.text("✅ Saved the quota configuration of <@&\(state.role)>."))
    }

    /// A panel button that acts without a modal.
    static func press(_ schema: CustomIDSchema, _ context: InteractionContext, _ services: QuotaServices) async throws {
        let editor = QuotaConfigEditor(services), now = services.now()
        let state = try QuotaPanelState(try customID(context))
        if state.panel.hasExpired(now: now.unixMilliseconds) {
            try await context.reply(ConfigQuotaView.panel(try await editor.record(state.role), state: state, buttons: false))
            throw ConfigPanelState.expired("configquota")
        }
        try state.panel.requireInvoker(context, command: "configquota")
        switch schema {
        case ConfigQuotaIDs.dungeons: try await ConfigQuotaDungeons.showPicker(state, context, services)
        case ConfigQuotaIDs.update: try await updatePanel(state, context, services)
        case ConfigQuotaIDs.reset: try await resetPanel(state, context, services)
        case ConfigQuotaIDs.delete: try await deleteQuota(state, context, services)
        default: // Stop
            try await context.reply(ConfigQuotaView.panel(try await editor.record(state.role), state: state, buttons: false))
        }
    }

    /// Update Panel: re-prices the current period by the role's configuration.
    static func updatePanel(_ state: QuotaPanelState, _ context: InteractionContext, _ services: QuotaServices)
        async throws {
        let editor = QuotaConfigEditor(services)
        guard let (period, repricing) = try await editor.reprice(state.role, now: services.now()) else {
            throw notConfigured(state.role)
        }
        try await context.reply(ConfigQuotaView.panel(try await editor.record(state.role), state: state))
        try await context.followUp(.text("✅ Re-priced <@&\(state.role)>'s runs since <t:\(period.start.unixSeconds):f>: "
            + "\(repricing.changed) of \(repricing.considered) changed (\(repricing.delta.signedText) quota points)."))
    }

    /// Reset Panel: a new week from now; the old leaderboard panel message is deleted.
    static func resetPanel(_ state: QuotaPanelState, _ context: InteractionContext, _ services: QuotaServices)
        async throws {
        let editor = QuotaConfigEditor(services)
        guard let before = try await editor.resetPeriod(state.role, now: services.now()) else {
            throw notConfigured(state.role)
        }
        await deletePanelMessage(before.panelMessageID, services)
        try await context.reply(ConfigQuotaView.panel(try await editor.record(state.role), state: state))
        try await context.followUp(.text("✅ <@&\(state.role)>'s quota period starts again now and resets in 7 days."))
    }

    /// Delete Quota: the configuration, its overrides and its leaderboard panel message go; the
    /// ledger keeps every event (the quota points members earned stay theirs).
    static func deleteQuota(_ state: QuotaPanelState, _ context: InteractionContext, _ services: QuotaServices)
        async throws {
        guard let before = try await QuotaConfigEditor(services).delete(state.role) else {
            throw notConfigured(state.role)
        }
        await deletePanelMessage(before.panelMessageID, services)
        try await context.reply(ConfigQuotaView.panel(nil, state: state))
        try await context.followUp(.text("🗑️ Deleted <@&\(state.role)>'s quota configuration. "
            + "Logged quota points are kept."))
    }

    /// Deletes the role's leaderboard panel from the quota channel; a message already gone is fine.
    static func deletePanelMessage(_ messageID: UInt64?, _ services: QuotaServices) async {
        let channels = GuildChannelStore(database: services.database)
        guard let messageID, let channel = try? await channels.channel(.quota, guildID: services.guildID) else { return }
        do {
            try await services.rest.deleteMessage(channelID: channel, messageID: Snowflake(messageID))
        } catch {
            services.environment.logger.info("quota panel message not deleted", metadata: ["error": "\(error)"])
        }
    }

    /// The panel state of a press that opens a modal, refused when expired or not the invoker's.
    static func livePanel(_ context: InteractionContext, now: Timestamp) throws -> QuotaPanelState {
        let state = try QuotaPanelState(try customID(context))
        guard !state.panel.hasExpired(now: now.unixMilliseconds) else { throw ConfigPanelState.expired("configquota") }
        try state.panel.requireInvoker(context, command: "configquota")
        return state
    }

    static func customID(_ context: InteractionContext) throws -> CustomID {
        guard let id = context.customID else { throw BotKitError(.malformedComponent, detail: "configquota without id") }
        return id
    }

    static func notConfigured(_ role: RoleID) -> BotKitError {
        ConfigInput.refusal("❌ <@&\(role)> has no quota configuration. Set Basic Config creates one.")
    }
}
