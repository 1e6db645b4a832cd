import BotKit
import ConfigurationFeature
import FeatureKit
import GeneralFeature
import HeadcountsFeature
import PartiesFeature
import RunsFeature

/// The list of features (one line each), assembled once over the bot's environment. Headcounts
/// reuse the Runs feature's services, so a run redrawn from a headcount conversion, a button or a
/// task coalesces in one place.
enum FeatureAssembly {
    /// Every feature, in catalog order.
    static let features: [any Feature.Type] = [
        GeneralFeature.self, ConfigurationFeature.self, RunsFeature.self, PartiesFeature.self, HeadcountsFeature.self,
    ]

    /// The catalog of every feature's commands (registration and `/help`).
    static func catalog() -> CommandCatalog { CommandCatalog(declaring: features) }

    /// Builds every feature once over `environment`.
    static func assemble(_ environment: FeatureEnvironment) -> FeatureSet {
        let runs = RunsFeature(environment)
        let set = FeatureSet([
            GeneralFeature(environment, catalog: catalog()),
            ConfigurationFeature(environment),
            runs,
            PartiesFeature(environment),
            HeadcountsFeature(environment, runs: runs),
        ], environment: environment)
        precondition(set.catalog.declarations.map(\.name) == catalog().declarations.map(\.name),
                     "FeatureAssembly.features and the assembled features differ")
        return set
    }
}
