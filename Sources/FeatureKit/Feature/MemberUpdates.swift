import DiscordModels

/// A feature's reaction to GUILD_MEMBER_UPDATE (a member's roles or nickname changed). It gets the
/// member as Discord now reports them; it must not throw, because a gateway event has nobody to
/// answer: failures are the handler's to log.
public typealias MemberUpdateHandler = @Sendable (Member) async -> Void

/// Every feature's GUILD_MEMBER_UPDATE handlers, in feature order, handed to the gateway intake the
/// way DMs are handed to `DMConversations`: features never see the gateway itself.
public struct MemberUpdates: Sendable {
    private let handlers: [MemberUpdateHandler]

    /// Collects `handlers`.
    public init(_ handlers: [MemberUpdateHandler] = []) { self.handlers = handlers }

    /// Whether any feature listens (the intake skips the event otherwise).
    public var isEmpty: Bool { handlers.isEmpty }

    /// Hands `member` to every handler, one after another.
    public func handle(_ member: Member) async {
        for handler in handlers { await handler(member) }
    }
}
