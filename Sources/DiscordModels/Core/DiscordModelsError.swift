/// The one error type of DiscordModels: a stable code, a human message, and what caused it.
public struct DiscordModelsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is, stable enough to switch on.
    public enum Code: String, Sendable, Hashable {
        /// An outgoing payload breaks one or more of Discord's documented limits.
        case limitExceeded
        /// A wire value could not be parsed (snowflake, timestamp, permission string …).
        case invalidValue
        /// A gateway dispatch payload did not match its event type.
        case undecodablePayload
    }

    /// What kind of failure this is.
    public var code: Code
    /// Human-readable detail; for limits it names every broken limit ("embed.fields: 26 > 25").
    public var message: String
    /// The individual limit violations when `code == .limitExceeded`.
    public var violations: [LimitViolation]
    /// The lower-level error that caused this one, if any (never carries a token).
    public var underlying: (any Error)?

    /// Creates an error; `violations` is only meaningful for `.limitExceeded`.
    public init(_ code: Code, _ message: String, violations: [LimitViolation] = [], underlying: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.violations = violations
        self.underlying = underlying
    }

    /// Equal when code, message and violations match (the underlying error is not compared).
    public static func == (lhs: DiscordModelsError, rhs: DiscordModelsError) -> Bool {
        lhs.code == rhs.code && lhs.message == rhs.message && lhs.violations == rhs.violations
    }

    /// The message prefixed with the code, for logs.
    public var description: String { "\(code.rawValue): \(message)" }
}
