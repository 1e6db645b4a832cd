/// A failure that knows its code and a safe sentence for the member, e.g. a RaidDomain rule
/// violation wrapped by Features; the router shows `userMessage` and records `code`.
public protocol UserFacingFailure: Error {
    /// The code written to the command log.
    var failureCode: BotErrorCode { get }
    /// The sentence shown to the member (must not leak internals).
    var userMessage: String { get }
}
