import BotKit

/// One feature target's contribution: its commands, its routes and its periodic tasks. A feature is
/// built once per bot over the shared environment, so every route and task of one feature shares
/// the same services (one refresher, one lock table).
public protocol Feature: Sendable {
    /// The slash commands this feature declares (they go into the one catalog).
    static var declarations: [CommandDeclaration] { get }
    /// Adds this feature's command, autocomplete, component and modal handlers.
    func register(into routes: inout InteractionRoutes)
    /// This feature's periodic jobs (none by default).
    var tasks: [ScheduledTask] { get }
    /// What this feature does on GUILD_MEMBER_UPDATE (nothing by default).
    var memberUpdateHandlers: [MemberUpdateHandler] { get }
    /// What this feature does on a guild MESSAGE_CREATE (nothing by default).
    var guildMessageHandlers: [GuildMessageHandler] { get }
}

extension Feature {
    /// No tasks unless the feature has some.
    public var tasks: [ScheduledTask] { [] }
    /// No member-update handlers unless the feature has some.
    public var memberUpdateHandlers: [MemberUpdateHandler] { [] }
    /// No guild-message handlers unless the feature has some.
    public var guildMessageHandlers: [GuildMessageHandler] { [] }
}

extension CommandCatalog {
    /// The catalog of every command the given features declare, in their order.
    public init(declaring features: [any Feature.Type]) {
        self.init(features.flatMap { $0.declarations })
    }
}
