import BotKit
import FeatureKit

/// `/setroles`, `/setchannels`, `/configrolepings` and the role-ping panel (§8.2–8.3, §8.5, §2.9):
/// the mappings every other feature reads.
public struct ConfigurationFeature: Feature {
    private let environment: FeatureEnvironment

    /// The feature over the bot's environment.
    public init(_ environment: FeatureEnvironment) { self.environment = environment }

    /// The commands.
    public static var declarations: [CommandDeclaration] {
        [SetRolesCommand.declaration, SetChannelsCommand.declaration, ConfigRolePingsCommand.declaration,
         RolePingPanel.declaration]
    }

    /// Routes the commands and the dungeon autocomplete.
    public func register(into routes: inout InteractionRoutes) {
        let environment = environment
        routes.command(SetRolesCommand.declaration.name) { try await SetRolesCommand.handle($0, environment: environment) }
        routes.command(SetChannelsCommand.declaration.name) { try await SetChannelsCommand.handle($0, environment: environment) }
        routes.command(ConfigRolePingsCommand.declaration.name) {
            try await ConfigRolePingsCommand.handle($0, environment: environment)
        }
        routes.autocomplete(ConfigRolePingsCommand.declaration.name) { _, typed in DungeonChoices.choices(for: typed) }
        routes.command(RolePingPanel.declaration.name) { try await RolePingPanel.handle($0, environment: environment) }
        RolePingButtons.register(into: &routes, environment: environment)
    }
}
