import BotKit

/// Everything the executable wires: the catalog (registration + /help), the routes, the sinks, the tasks.
public struct FeatureSet: Sendable {
    /// Every slash command, declared once.
    public let catalog: CommandCatalog
    /// Handlers for commands, autocomplete, components and modals.
    public let routes: InteractionRoutes
    /// SQLite `command_log` + `audit`.
    public let logSink: any InteractionLogSink
    /// SQLite `guild_role`: the one source of the staff-role mapping.
    public let roleMapping: any RoleMappingSource
    /// Periodic jobs for the TaskScheduler.
    public let tasks: [ScheduledTask]
    /// GUILD_MEMBER_UPDATE handlers, for the gateway intake.
    public let memberUpdates: MemberUpdates
    /// Guild MESSAGE_CREATE handlers, for the gateway intake.
    public let guildMessages: GuildMessages

    /// Assembles `features` over `environment`: their declarations make the catalog, their routes
    /// one table, their tasks one list.
    public init(_ features: [any Feature], environment: FeatureEnvironment) {
        var routes = InteractionRoutes()
        for feature in features { feature.register(into: &routes) }
        catalog = CommandCatalog(declaring: features.map { type(of: $0) })
        self.routes = routes
        logSink = CommandLogStore(database: environment.database, logger: environment.logger)
        roleMapping = GuildRoleStore(database: environment.database)
        tasks = features.flatMap(\.tasks)
        memberUpdates = MemberUpdates(features.flatMap(\.memberUpdateHandlers))
        guildMessages = GuildMessages(features.flatMap(\.guildMessageHandlers))
    }
}
