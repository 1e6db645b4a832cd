import BotKit
import FeatureKit
import RunsFeature

/// Headcounts (§2.4, §3.8–3.9): `/headcount` and its picker, the public and organizer panels, the
/// conversion to a run and the stale sweep, all over one `HeadcountServices`, all persisted.
public struct HeadcountsFeature: Feature {
    private let services: HeadcountServices

    /// The feature over the bot's environment; conversions go through the Runs feature's services.
    public init(_ environment: FeatureEnvironment, runs: RunsFeature) {
        services = HeadcountServices(environment, runs: runs.services)
    }

    /// `/headcount`.
    public static var declarations: [CommandDeclaration] { [HeadcountCreation.declaration] }

    /// Routes `/headcount`, its picker, and every headcount component.
    public func register(into routes: inout InteractionRoutes) {
        HeadcountCreation.register(into: &routes, services: services)
        HeadcountParticipation.register(into: &routes, services: services)
        HeadcountOrganizerActions.register(into: &routes, services: services)
        HeadcountConversionFlow.register(into: &routes, services: services)
    }

    /// The stale-headcounts sweep.
    public var tasks: [ScheduledTask] { HeadcountTasks.tasks(services) }
}
