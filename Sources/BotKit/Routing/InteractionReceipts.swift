import DiscordModels

/// What the bot remembers of an interaction it has seen.
public enum InteractionReceiptStatus: Hashable, Sendable {
    /// The callback was accepted; the handler may not have finished.
    case acknowledged
    /// The handler finished (or its own transaction marked it finished).
    case completed
}

/// The router's memory of acknowledged and finished interactions, kept durably by the executable.
/// Discord re-delivers, after a resumed session, what the previous process did not confirm: with
/// this memory a repeat is not acknowledged twice (Discord would answer 40060) and not handled twice.
public protocol InteractionReceipts: Sendable {
    /// What is remembered of `interactionID`, if anything.
    func status(of interactionID: Snowflake) async throws -> InteractionReceiptStatus?
    /// Remembers that the callback of `interactionID` was accepted.
    func acknowledged(_ interactionID: Snowflake) async throws
    /// Remembers that `interactionID` was handled to the end.
    func completed(_ interactionID: Snowflake) async throws
}

/// No memory: every interaction is new (tests of the router alone).
public struct ForgetfulReceipts: InteractionReceipts {
    /// Creates the no-op memory.
    public init() {}
    /// Nothing is remembered.
    public func status(of interactionID: Snowflake) async throws -> InteractionReceiptStatus? { nil }
    /// Forgets at once.
    public func acknowledged(_ interactionID: Snowflake) async throws {}
    /// Forgets at once.
    public func completed(_ interactionID: Snowflake) async throws {}
}
