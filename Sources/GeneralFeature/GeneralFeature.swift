import BotKit
import FeatureKit

/// `/help` and `/ping` (§1.6). Help is handed the whole catalog, so it never imports the assembly.
public struct GeneralFeature: Feature {
    private let environment: FeatureEnvironment
    private let catalog: CommandCatalog

    /// The feature over the bot's environment, explaining `catalog`.
    public init(_ environment: FeatureEnvironment, catalog: CommandCatalog) {
        self.environment = environment
        self.catalog = catalog
    }

    /// The two commands.
    public static var declarations: [CommandDeclaration] { [HelpCommand.declaration, PingCommand.declaration] }

    /// Routes both commands and `/help`'s autocomplete.
    public func register(into routes: inout InteractionRoutes) {
        let (environment, catalog) = (environment, catalog)
        routes.command(HelpCommand.declaration.name) { try await HelpCommand.handle($0, catalog: catalog) }
        routes.autocomplete(HelpCommand.declaration.name) { _, typed in HelpCommand.suggest(typed, catalog: catalog) }
        routes.command(PingCommand.declaration.name) { try await PingCommand.handle($0, environment: environment) }
    }
}
