import BotKit
import ConfigurationFeature
import FeatureKit
import GeneralFeature
import TestSupport

extension FeatureHarness {
    /// The Configuration feature, plus `/ping` to show a new mapping gating the next command.
    static func configuration() throws -> FeatureHarness {
        try FeatureHarness { environment in
            let catalog = CommandCatalog(declaring: [GeneralFeature.self, ConfigurationFeature.self])
            return [GeneralFeature(environment, catalog: catalog), ConfigurationFeature(environment)]
        }
    }
}
