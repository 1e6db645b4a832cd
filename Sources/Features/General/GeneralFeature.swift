import BotKit

/// `/help` and `/ping` (§1.6).
enum GeneralFeature: Feature {
    /// The two commands.
    static func declarations() -> [CommandDeclaration] { [HelpCommand.declaration, PingCommand.declaration] }

    /// Routes both commands and `/help`'s autocomplete; help reads the whole catalog.
    static func register(into routes: inout InteractionRoutes, environment: FeatureEnvironment) {
        let catalog = FeatureAssembly.catalog()
        routes.command(HelpCommand.declaration.name) { try await HelpCommand.handle($0, catalog: catalog) }
        routes.autocomplete(HelpCommand.declaration.name) { _, typed in HelpCommand.suggest(typed, catalog: catalog) }
        routes.command(PingCommand.declaration.name) { try await PingCommand.handle($0, environment: environment) }
    }
}
