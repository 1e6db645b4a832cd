import BotKit

/// Runs (§2.1–2.2, §3.1–3.7, §3.13, §9): `/run`, the public panel, the organizer panel and the
/// upkeep tasks, all over one `RunServices`.
enum RunsFeature: Feature {
    /// `/run` and `/taken`.
    static func declarations() -> [CommandDeclaration] { [RunCreation.declaration, TakenCommand.declaration] }

    /// Routes `/run`, its autocomplete, and every run component and modal.
    static func register(into routes: inout InteractionRoutes, environment: FeatureEnvironment) {
        let services = RunServices(environment)
        routes.command(RunCreation.declaration.name) { try await RunCreation.handle($0, services) }
        routes.autocomplete(RunCreation.declaration.name) { _, typed in await RunCreation.suggest(typed, services) }
        routes.command(TakenCommand.declaration.name) { try await TakenCommand.handle($0, services) }
        RunParticipation.register(into: &routes, services: services)
        RunOrganizerActions.register(into: &routes, services: services)
    }

    /// The expired-runs and orphaned-run-roles tasks.
    static func tasks(environment: FeatureEnvironment) -> [ScheduledTask] {
        RunTasks.tasks(RunServices(environment))
    }
}
