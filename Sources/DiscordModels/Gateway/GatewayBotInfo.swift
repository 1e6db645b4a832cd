/// `GET /gateway/bot`: where to connect and how many new sessions the bot may still start.
public struct GatewayBotInfo: Codable, Hashable, Sendable {
    /// The WebSocket URL (add `?v=10&encoding=json`).
    public var url: String
    /// Recommended shard count.
    public var shards: Int
    /// The identify budget.
    public var sessionStartLimit: SessionStartLimit

    /// Creates the info, e.g. in the sandbox.
    public init(url: String, shards: Int = 1, sessionStartLimit: SessionStartLimit = SessionStartLimit()) {
        self.url = url
        self.shards = shards
        self.sessionStartLimit = sessionStartLimit
    }

    enum CodingKeys: String, CodingKey {
        case url, shards
        case sessionStartLimit = "session_start_limit"
    }
}
