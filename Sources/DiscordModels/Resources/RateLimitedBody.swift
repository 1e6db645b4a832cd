/// A 429 body: `{message, retry_after, global, code?}`.
public struct RateLimitedBody: Codable, Hashable, Sendable {
    /// Human-readable message.
    public var message: String
    /// Seconds to wait (fractional).
    public var retryAfter: Double
    /// True when the global (50/s) limit was hit.
    public var global: Bool
    /// Optional Discord error code.
    public var code: Int?

    /// Creates a 429 body, e.g. in the sandbox.
    public init(message: String = "You are being rate limited.", retryAfter: Double, global: Bool, code: Int? = nil) {
        self.message = message
        self.retryAfter = retryAfter
        self.global = global
        self.code = code
    }

    enum CodingKeys: String, CodingKey {
        case message, global, code
        case retryAfter = "retry_after"
    }
}
