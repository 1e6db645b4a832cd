import BotKit
import FeatureKit

/// The party finder (§2.5, §3.10): `/party`, the post's Extend and Close buttons, and the timer
/// task, all over one `PartyServices`; parties and their timers live in the database.
public struct PartiesFeature: Feature {
    private let services: PartyServices

    /// The feature over the bot's environment.
    public init(_ environment: FeatureEnvironment) { services = PartyServices(environment) }

    /// `/party`.
    public static var declarations: [CommandDeclaration] { [PartyCreation.declaration] }

    /// Routes `/party`, its dungeon autocomplete and the post's buttons.
    public func register(into routes: inout InteractionRoutes) {
        let services = services
        routes.command(PartyCreation.declaration.name) { try await PartyCreation.handle($0, services) }
        routes.autocomplete(PartyCreation.declaration.name) { _, typed in DungeonChoices.choices(for: typed) }
        PartyActions.register(into: &routes, services: services)
    }

    /// The party timer.
    public var tasks: [ScheduledTask] { PartyTasks.tasks(services) }
}
