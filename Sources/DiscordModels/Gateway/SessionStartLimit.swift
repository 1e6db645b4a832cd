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
