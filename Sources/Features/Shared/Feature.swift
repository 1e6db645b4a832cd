import BotKit

/// One feature folder's contribution: its commands, its routes and its periodic tasks.
public protocol Feature {
    /// The slash commands this feature declares (they go into the one catalog).
    static func declarations() -> [CommandDeclaration]
    /// Adds this feature's command, autocomplete, component and modal handlers.
    static func register(into routes: inout InteractionRoutes, environment: FeatureEnvironment)
    /// This feature's periodic jobs (none by default).
    static func tasks(environment: FeatureEnvironment) -> [ScheduledTask]
}

extension Feature {
    /// No tasks unless the feature has some.
    public static func tasks(environment: FeatureEnvironment) -> [ScheduledTask] { [] }
}
