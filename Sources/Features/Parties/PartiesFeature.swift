import BotKit

/// The party finder (§2.5, §3.10): `/party`, the post's Extend and Close buttons, and the timer
/// task, all over one `PartyServices`; parties and their timers live in the database.
enum PartiesFeature: Feature {
    /// `/party`.
    static func declarations() -> [CommandDeclaration] { [PartyCreation.declaration] }

    /// Routes `/party`, its dungeon autocomplete and the post's buttons.
    static func register(into routes: inout InteractionRoutes, environment: FeatureEnvironment) {
        let services = PartyServices(environment)
        routes.command(PartyCreation.declaration.name) { try await PartyCreation.handle($0, services) }
        routes.autocomplete(PartyCreation.declaration.name) { _, typed in DungeonChoices.choices(for: typed) }
        PartyActions.register(into: &routes, services: services)
    }

    /// The party timer.
    static func tasks(environment: FeatureEnvironment) -> [ScheduledTask] {
        PartyTasks.tasks(PartyServices(environment))
    }
}
