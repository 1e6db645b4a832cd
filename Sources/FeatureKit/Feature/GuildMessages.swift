import DiscordModels

/// A feature's reaction to a guild MESSAGE_CREATE (a message posted in a channel or thread of the
/// guild). Like a member update it has nobody to answer, so it must not throw: failures are the
/// handler's to log. A redelivered message (a gateway resume, a restart) reaches it again; the
/// handler dedupes by the message id.
public typealias GuildMessageHandler = @Sendable (Message) async -> Void

/// Every feature's guild-message handlers, in feature order, handed to the gateway intake the way
/// DMs are handed to `DMConversations`: features never see the gateway itself. The intake hands
/// messages over one at a time, in the order the gateway delivered them.
public struct GuildMessages: Sendable {
    private let handlers: [GuildMessageHandler]

    /// Collects `handlers`.
    public init(_ handlers: [GuildMessageHandler] = []) { self.handlers = handlers }

    /// Whether any feature listens (the intake skips guild messages otherwise).
    public var isEmpty: Bool { handlers.isEmpty }

    /// Hands `message` to every handler, one after another.
    public func handle(_ message: Message) async {
        for handler in handlers { await handler(message) }
    }
}
