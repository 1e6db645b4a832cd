/// RATE_LIMITED: a gateway request (op 8) was rate limited.
public struct GatewayRateLimited: Codable, Hashable, Sendable {
    /// The limited opcode.
    public var opcode: Int
    /// Seconds to wait.
    public var retryAfter: Double
    /// Request details (guild_id, nonce).
    public var meta: JSONValue?

    /// Creates the event payload.
    public init(opcode: Int, retryAfter: Double, meta: JSONValue? = nil) {
        self.opcode = opcode
        self.retryAfter = retryAfter
        self.meta = meta
    }

    enum CodingKeys: String, CodingKey {
        case opcode, meta
        case retryAfter = "retry_after"
    }
}
