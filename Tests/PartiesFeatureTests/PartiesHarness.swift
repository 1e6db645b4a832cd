import PartiesFeature
import TestSupport

extension FeatureHarness {
    /// The Parties feature alone.
    static func parties() throws -> FeatureHarness { try FeatureHarness { [PartiesFeature($0)] } }
}
