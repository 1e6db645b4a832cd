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

/// The daily identify budget (1000 per 24 h; exhausting it resets the token).
public struct SessionStartLimit: Codable, Hashable, Sendable {
    /// Identifies allowed per window.
    public var total: Int
    /// Identifies left.
    public var remaining: Int
    /// Milliseconds until `remaining` resets.
    public var resetAfter: Int
    /// Identifies allowed per 5 s.
    public var maxConcurrency: Int

    /// Creates a budget; defaults are a fresh day's.
    public init(total: Int = 1000, remaining: Int = 1000, resetAfter: Int = 86_400_000, maxConcurrency: Int = 1) {
        self.total = total
        self.remaining = remaining
        self.resetAfter = resetAfter
        self.maxConcurrency = maxConcurrency
    }

    enum CodingKeys: String, CodingKey {
        case total, remaining
        case resetAfter = "reset_after"
        case maxConcurrency = "max_concurrency"
    }
}
