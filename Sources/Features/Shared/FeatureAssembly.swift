import BotKit

/// Lists the features (one line each) and assembles what the executable wires.
public enum FeatureAssembly {
    /// Every feature, in catalog order.
    static var features: [any Feature.Type] { [
        GeneralFeature.self,
        ConfigurationFeature.self,
        RunsFeature.self,
        PartiesFeature.self,
        HeadcountsFeature.self,
    ] }

    /// The catalog of every feature's commands (registration and `/help`).
    public static func catalog() -> CommandCatalog {
        CommandCatalog(features.flatMap { $0.declarations() })
    }

    /// Builds the catalog, routes, sinks and tasks over `environment`.
    public static func assemble(_ environment: FeatureEnvironment) -> FeatureSet {
        var routes = InteractionRoutes()
        for feature in features { feature.register(into: &routes, environment: environment) }
        return FeatureSet(catalog: catalog(), routes: routes,
                          logSink: CommandLogStore(database: environment.database, logger: environment.logger),
                          roleMapping: GuildRoleStore(database: environment.database),
                          tasks: features.flatMap { $0.tasks(environment: environment) })
    }
}
