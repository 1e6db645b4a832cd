import BotKit
import FeatureKit

/// Quota, points, stats and leaderboards (§5, §8.4) over the totals migration 0006 keeps current.
public struct QuotaFeature: Feature {
    private let services: QuotaServices

    /// The feature over the bot's environment.
    public init(_ environment: FeatureEnvironment) {
        services = QuotaServices(environment: environment)
        QuotaPanels(services: services).register()
    }

    /// The quota commands.
    public static var declarations: [CommandDeclaration] {
        [LogRunCommand.declaration, LogKeyCommand.declaration, AdjustPointsCommand.declaration(.points),
         AdjustPointsCommand.declaration(.quotaPoints), StatsCommand.declaration, LeaderboardCommand.declaration,
         ConfigQuotaCommand.declaration, ConfigPointsCommand.declaration]
    }

    /// Routes the quota commands, their dungeon autocompletes and the leaderboard buttons.
    public func register(into routes: inout InteractionRoutes) {
        let services = services
        routes.command("logrun") { try await LogRunCommand.handle($0, services) }
        routes.command("logkey") { try await LogKeyCommand.handle($0, services) }
        for currency in [AdjustPointsCommand.Currency.points, .quotaPoints] {
            routes.command(currency.rawValue) { try await AdjustPointsCommand.handle(currency, $0, services) }
        }
        routes.command("stats") { try await StatsCommand.handle($0, services) }
        routes.command("leaderboard") { try await LeaderboardCommand.handle($0, services) }
        routes.autocomplete("logrun") { _, typed in DungeonChoices.choices(for: typed) }
        routes.autocomplete("logkey") { _, typed in DungeonChoices.choices(for: typed) }
        routes.autocomplete("leaderboard") { _, typed in LeaderboardCommand.suggest(typed) }
        LeaderboardCommand.register(into: &routes, services: services)
        ConfigQuotaCommand.register(into: &routes, services: services)
        ConfigPointsCommand.register(into: &routes, services: services)
    }

    /// The Quota Panels task (refresh and period rollover).
    public var tasks: [ScheduledTask] { QuotaPanelsTask.tasks(services) }
}
