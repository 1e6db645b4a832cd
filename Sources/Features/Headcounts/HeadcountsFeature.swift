import BotKit

/// Headcounts (§2.4, §3.8–3.9): `/headcount` and its picker, the public and organizer panels, the
/// conversion to a run and the stale sweep, all over one `HeadcountServices`, all persisted.
enum HeadcountsFeature: Feature {
    /// `/headcount`.
    static func declarations() -> [CommandDeclaration] { [HeadcountCreation.declaration] }

    /// Routes `/headcount`, its picker, and every headcount component.
    static func register(into routes: inout InteractionRoutes, environment: FeatureEnvironment) {
        let services = HeadcountServices(environment)
        HeadcountCreation.register(into: &routes, services: services)
        HeadcountParticipation.register(into: &routes, services: services)
        HeadcountOrganizerActions.register(into: &routes, services: services)
        HeadcountConversionFlow.register(into: &routes, services: services)
    }

    /// The stale-headcounts sweep.
    static func tasks(environment: FeatureEnvironment) -> [ScheduledTask] {
        HeadcountTasks.tasks(HeadcountServices(environment))
    }
}
