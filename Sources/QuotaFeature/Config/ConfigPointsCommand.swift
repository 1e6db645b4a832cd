import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/configpoints` (§1.5, §2.11, §5.8): moderators open the raider points panel; its buttons,
/// selects and modals need Discord's Administrator permission and the buttons answer only the
/// invoker. Configure Dungeons / Configure Keys show three dungeon selects; a choice opens a modal
/// whose value (≥ 0, two decimals) is stored, or deleted when it is the default.
enum ConfigPointsCommand {
    static let declaration = CommandDeclaration(
        name: "configpoints", description: "Configure raider completion and key-pop points per dungeon",
        gate: .rank(.moderator), deferStyle: .publicReply, rateLimit: .commandConfig, usage: "/configpoints")

    /// The rate limit every panel component counts against (the incumbent's `points_config_panel`).
    static let rateLimit = RateLimit("points_config_panel", .buttonConfigPanel)

    /// Runs `/configpoints`: the panel.
    static func handle(_ context: InteractionContext, _ services: QuotaServices) async throws {
        let state = ConfigPanelState(invoker: context.userID, openedAt: services.now().unixSeconds)
        try await context.reply(ConfigPointsView.panel(try await values(services), state: state))
    }

    /// Routes the command and its 11 components.
    static func register(into routes: inout InteractionRoutes, services: QuotaServices) {
        routes.command(declaration.name) { try await handle($0, services) }
        func route(_ schema: CustomIDSchema, _ action: ComponentAction) -> ComponentRoute {
            ComponentRoute(schema, gate: .discordAdministrator, rateLimit: rateLimit, action: action)
        }
        for schema in [ConfigPointsIDs.dungeons, ConfigPointsIDs.keys, ConfigPointsIDs.stop] {
            routes.component(route(schema, .deferred(.update) { try await press(schema, $0, services) }))
        }
        for kind in RaiderPointsKind.allCases {
            for schema in ConfigPointsIDs.pickers(kind).values {
                routes.component(route(schema, .opensModal { try await open(kind, $0, services) }))
            }
            routes.modal(route(ConfigPointsIDs.modal(kind), .deferred(.update) { try await submit(kind, $0, services) }))
        }
    }

    /// A panel button: the picker of a kind, or Stop.
    static func press(_ schema: CustomIDSchema, _ context: InteractionContext, _ services: QuotaServices) async throws {
        let id = try ConfigQuotaActions.customID(context)
        let state = ConfigPanelState(invoker: try id.snowflake(0), openedAt: try id.integer(1))
        if state.hasExpired(now: services.now().unixMilliseconds) {
            try await context.reply(ConfigPointsView.panel(try await values(services), state: state, buttons: false))
            throw ConfigPanelState.expired("configpoints")
        }
        try state.requireInvoker(context, command: "configpoints")
        guard schema != ConfigPointsIDs.stop else {
            try await context.reply(ConfigPointsView.panel(try await values(services), state: state, buttons: false))
            return
        }
        guard let panelMessage = context.sourceMessageID else {
            throw BotKitError(.malformedComponent, detail: "configpoints button without a message")
        }
        let kind: RaiderPointsKind = schema == ConfigPointsIDs.keys ? .keyPop : .completion
        let picker = PointsPickerState(panelMessage: panelMessage, openedAt: state.openedAt)
        let stored = try await RaiderPointsStore(services).values(kind)
        try await context.followUp(ConfigPointsView.picker(kind, picker, values: stored), ephemeral: true)
    }

    /// A dungeon chosen: its modal.
    static func open(_ kind: RaiderPointsKind, _ context: InteractionContext, _ services: QuotaServices) async throws
        -> Modal {
        let picker = try PointsPickerState(try ConfigQuotaActions.customID(context))
        let dungeon = try DungeonPicker.chosen(context)
        let current = try await RaiderPointsStore(services).values(kind)[dungeon.code] ?? kind.defaultValue
        return ConfigPointsView.modal(kind, dungeon, current: current, picker: picker)
    }

    /// The modal submitted: stores the value, redraws the picker and the panel.
    static func submit(_ kind: RaiderPointsKind, _ context: InteractionContext, _ services: QuotaServices) async throws {
        let id = try ConfigQuotaActions.customID(context)
        let picker = try PointsPickerState(id)
        let dungeon = try DungeonPicker.named(DungeonCode(customIDToken: try id.token(0)))
        let value = try ConfigInput.amount(context.modalValues["points"], field: "Points")
        let stored = try await RaiderPointsStore(services).set(kind, dungeon.code, to: value, now: services.now())
        try await context.reply(ConfigPointsView.picker(kind, picker, values: stored))
        await redrawPanel(picker, context, services)
        try await context.followUp(.text("✅ \(dungeon.name): \(value) \(kind.noun)."))
    }

    /// Edits the main panel message; best effort, since the admin may have dismissed it.
    static func redrawPanel(_ picker: PointsPickerState, _ context: InteractionContext, _ services: QuotaServices) async {
        guard let channel = context.interaction.channelID else { return }
        let state = ConfigPanelState(invoker: context.userID, openedAt: picker.openedAt)
        do {
            let live = !state.hasExpired(now: services.now().unixMilliseconds)
            let reply = ConfigPointsView.panel(try await values(services), state: state, buttons: live)
            _ = try await services.rest.editMessage(channelID: channel, messageID: picker.panelMessage, reply.edit)
        } catch {
            services.environment.logger.info("points config panel not redrawn", metadata: ["error": "\(error)"])
        }
    }

    /// Both kinds' stored values.
    static func values(_ services: QuotaServices) async throws -> [RaiderPointsKind: [DungeonCode: Points]] {
        let store = RaiderPointsStore(services)
        return [.completion: try await store.values(.completion), .keyPop: try await store.values(.keyPop)]
    }
}
