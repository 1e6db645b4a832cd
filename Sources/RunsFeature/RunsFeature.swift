import BotKit
import FeatureKit

/// Runs (§2.1–2.2, §3.1–3.7, §3.13, §9): `/run`, the public panel, the organizer panel and the
/// upkeep tasks, all over one `RunServices` built once (headcount conversion reuses it).
public struct RunsFeature: Feature {
    /// The services every run handler and task shares.
    public let services: RunServices

    /// The feature over the bot's environment.
    public init(_ environment: FeatureEnvironment) { services = RunServices(environment) }

    /// `/run` and `/taken`.
    public static var declarations: [CommandDeclaration] { [RunCreation.declaration, TakenCommand.declaration] }

    /// Routes `/run`, its autocomplete, and every run component and modal.
    public func register(into routes: inout InteractionRoutes) {
        let services = services
        routes.command(RunCreation.declaration.name) { try await RunCreation.handle($0, services) }
        routes.autocomplete(RunCreation.declaration.name) { _, typed in await RunCreation.suggest(typed, services) }
        routes.command(TakenCommand.declaration.name) { try await TakenCommand.handle($0, services) }
        RunParticipation.register(into: &routes, services: services)
        RunOrganizerActions.register(into: &routes, services: services)
    }

    /// The expired-runs and orphaned-run-roles tasks.
    public var tasks: [ScheduledTask] { RunTasks.tasks(services) }
}
