import BotKit
import ConfigurationFeature
import FeatureKit
import GeneralFeature
import HeadcountsFeature
import IdentityFeature
import ModerationFeature
import ModmailFeature
import QuotaFeature
import PartiesFeature
import RealmEye
import RunsFeature
import VerificationFeature

/// The list of features (one line each), assembled once over the bot's environment. Headcounts
/// reuse the Runs feature's services, so a run redrawn from a headcount conversion, a button or a
/// task coalesces in one place.
enum FeatureAssembly {
    /// Every feature, in catalog order.
    static let features: [any Feature.Type] = [
        GeneralFeature.self, ConfigurationFeature.self, RunsFeature.self, PartiesFeature.self, HeadcountsFeature.self,
        ModerationFeature.self, ModmailFeature.self, QuotaFeature.self, IdentityFeature.self, VerificationFeature.self,
    ]

    /// The catalog of every feature's commands (registration and `/help`).
    static func catalog() -> CommandCatalog { CommandCatalog(declaring: features) }

    /// Every feature, built once over `environment`; verification reads RealmEye through `realmEye`.
    static func features(_ environment: FeatureEnvironment, realmEye: RealmEyeClient) -> [any Feature] {
        let runs = RunsFeature(environment)
        return [
            GeneralFeature(environment, catalog: catalog()),
            ConfigurationFeature(environment),
            runs,
            PartiesFeature(environment),
            HeadcountsFeature(environment, runs: runs),
            ModerationFeature(environment),
            ModmailFeature(environment),
            QuotaFeature(environment),
            IdentityFeature(environment),
            VerificationFeature(environment, realmEye: realmEye),
        ]
    }

    /// Assembles every feature over `environment`.
    static func assemble(_ environment: FeatureEnvironment, realmEye: RealmEyeClient) -> FeatureSet {
        let set = FeatureSet(features(environment, realmEye: realmEye), environment: environment)
        precondition(set.catalog.declarations.map(\.name) == catalog().declarations.map(\.name),
                     "FeatureAssembly.features and the assembled features differ")
        return set
    }
}
