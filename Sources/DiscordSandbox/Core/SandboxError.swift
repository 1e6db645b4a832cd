/// The one error type of DiscordSandbox: what a test did wrong or waited for in vain.
public struct SandboxError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, stable for `#expect(throws:)` matching.
    public enum Code: String, Sendable {
        /// The HTTP server could not start on loopback.
        case startFailed
        /// A wait helper gave up before the awaited request, frame or callback arrived.
        case timeout
        /// A member action named a message, member, channel or role the guild does not hold.
        case unknownEntity
        /// A member action needs a gateway session, but the bot never identified.
        case notConnected
        /// A payload could not be encoded or decoded.
        case invalidPayload
    }

    /// The failure class.
    public let code: Code
    /// A human-readable detail (never a token).
    public let detail: String
    /// The error that caused this one, rendered as text so the value stays Sendable.
    public let underlying: String?

    /// Creates an error with an optional underlying cause.
    public init(_ code: Code, _ detail: String, underlying: (any Error)? = nil) {
        self.code = code
        self.detail = detail
        self.underlying = underlying.map { String(describing: $0) }
    }

    /// `code: detail (underlying)` for test failure output.
    public var description: String {
        let cause = underlying.map { " (\($0))" } ?? ""
        return "SandboxError.\(code.rawValue): \(detail)\(cause)"
    }
}
