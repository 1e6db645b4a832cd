import BotKit
import FeatureKit

/// Quota, points, stats and leaderboards (§5, §8.4) over the totals migration 0006 keeps current.
public struct QuotaFeature: Feature {
    /// The feature over the bot's environment.
    public init(_ environment: FeatureEnvironment) {}

    /// The quota commands.
    public static var declarations: [CommandDeclaration] { [] }

    /// Routes the quota commands and panels.
    public func register(into routes: inout InteractionRoutes) {}
}
