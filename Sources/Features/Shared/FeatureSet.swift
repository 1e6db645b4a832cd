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

    /// Creates a set.
    public init(catalog: CommandCatalog, routes: InteractionRoutes, logSink: any InteractionLogSink,
                roleMapping: any RoleMappingSource, tasks: [ScheduledTask]) {
        self.catalog = catalog
        self.routes = routes
        self.logSink = logSink
        self.roleMapping = roleMapping
        self.tasks = tasks
    }
}
