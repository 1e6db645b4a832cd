import BotKit
import ConfigurationFeature
import FeatureKit
import GeneralFeature
import TestSupport

extension FeatureHarness {
    /// `/help` and `/ping` over a catalog that also holds the configuration commands.
    static func general(heartbeat: Duration? = nil) throws -> FeatureHarness {
        try FeatureHarness(heartbeat: heartbeat) { environment in
            let catalog = CommandCatalog(declaring: [GeneralFeature.self, ConfigurationFeature.self])
            return [GeneralFeature(environment, catalog: catalog), ConfigurationFeature(environment)]
        }
    }
}
