import BotKit

/// `/setroles`, `/setchannels`, `/configrolepings` and the role-ping panel (§8.2–8.3, §8.5, §2.9):
/// the mappings every other feature reads.
enum ConfigurationFeature: Feature {
    /// The commands.
    static func declarations() -> [CommandDeclaration] {
        [SetRolesCommand.declaration, SetChannelsCommand.declaration, ConfigRolePingsCommand.declaration,
         RolePingPanel.declaration]
    }

    /// Routes the commands and the dungeon autocomplete.
    static func register(into routes: inout InteractionRoutes, environment: FeatureEnvironment) {
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
