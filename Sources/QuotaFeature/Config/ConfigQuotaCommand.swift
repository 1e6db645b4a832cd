import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/configquota role` (§1.5, §2.10, §5.7): moderators open a role's quota configuration panel;
/// every button, select and modal on it needs Discord's Administrator permission, and the panel's
/// buttons answer only the member who ran the command. All state lives in the custom_ids and
/// SQLite, so a panel keeps working across a restart.
enum ConfigQuotaCommand {
    static let declaration = CommandDeclaration(
        name: "configquota", description: "Configure a role's quota: requirement, period and points",
        options: [ApplicationCommandOption(type: .role, name: "role", description: "The staff role", required: true)],
        gate: .rank(.moderator), deferStyle: .publicReply, rateLimit: .commandConfig,
        usage: "/configquota role:<@role>", examples: ["/configquota role:@Raid Leader"])

    /// The rate limit every panel component counts against (the incumbent's `quota_config_panel`).
    static let rateLimit = RateLimit("quota_config_panel", .buttonConfigPanel)

    /// Runs `/configquota`: checks the role, then draws its panel.
    static func handle(_ context: InteractionContext, _ services: QuotaServices) async throws {
        guard let roleID = context.commandData?.value(of: "role")?.snowflakeValue else {
            throw ConfigInput.refusal("❌ Choose a role.")
        }
        let role = RoleID(roleID.rawValue)
        try await QuotaRoleCheck.require(role, botID: context.interaction.applicationID, services)
        let now = services.now()
        let state = QuotaPanelState(role: role, panel: ConfigPanelState(invoker: context.userID,
                                                                         openedAt: now.unixSeconds))
        try await context.reply(ConfigQuotaView.panel(try await QuotaConfigEditor(services).record(role), state: state))
    }

    /// Routes the command and its 15 components: 8 buttons, 3 panel modals, 3 dungeon selects and the dungeon modal.
    static func register(into routes: inout InteractionRoutes, services: QuotaServices) {
        routes.command(declaration.name) { try await handle($0, services) }
        func route(_ schema: CustomIDSchema, _ action: ComponentAction) -> ComponentRoute {
            ComponentRoute(schema, gate: .discordAdministrator, rateLimit: rateLimit, action: action)
        }
        for (schema, modal) in ConfigQuotaActions.modalButtons {
            routes.component(route(schema, .opensModal { try await ConfigQuotaActions.open(modal, $0, services) }))
        }
        for schema in ConfigQuotaActions.panelButtons {
            routes.component(route(schema, .deferred(.update) { try await ConfigQuotaActions.press(schema, $0, services) }))
        }
        for schema in [ConfigQuotaIDs.basicModal, ConfigQuotaIDs.baseModal, ConfigQuotaIDs.moderationModal] {
            routes.modal(route(schema, .deferred(.update) { try await ConfigQuotaActions.submit(schema, $0, services) }))
        }
        for schema in ConfigQuotaIDs.pickers.values {
            routes.component(route(schema, .opensModal { try await ConfigQuotaDungeons.open($0, services) }))
        }
        routes.modal(route(ConfigQuotaIDs.dungeonModal,
                           .deferred(.update) { try await ConfigQuotaDungeons.submit($0, services) }))
    }
}
