import BotKit

/// `/setroles` and `/setchannels` (§8.2–8.3): the mappings every other feature reads.
enum ConfigurationFeature: Feature {
    /// The two commands.
    static func declarations() -> [CommandDeclaration] {
        [SetRolesCommand.declaration, SetChannelsCommand.declaration]
    }

    /// Routes both commands.
    static func register(into routes: inout InteractionRoutes, environment: FeatureEnvironment) {
        routes.command(SetRolesCommand.declaration.name) { try await SetRolesCommand.handle($0, environment: environment) }
        routes.command(SetChannelsCommand.declaration.name) { try await SetChannelsCommand.handle($0, environment: environment) }
    }
}
