/// Discord's `session_start_limit` as the gateway counts it, so the bot never burns its daily identify quota.
public struct IdentifyBudget: Sendable, Hashable {
    /// Identifies allowed per reset window (1000 a day for most bots).
    public var total: Int
    /// Identifies left in the current window.
    public var remaining: Int
    /// How long until `remaining` is refilled, from the moment it was fetched.
    public var resetAfter: Duration
    /// Identifies allowed per 5 s (one shard bucket per concurrency slot).
    public var maxConcurrency: Int

    /// Creates a budget from `GET /gateway/bot`'s `session_start_limit`.
    public init(total: Int, remaining: Int, resetAfter: Duration, maxConcurrency: Int) {
        self.total = total
        self.remaining = remaining
        self.resetAfter = resetAfter
        self.maxConcurrency = max(1, maxConcurrency)
    }
}

/// Paces identifies: the daily budget (keeping a reserve) and one identify per 5 s window per bucket.
struct IdentifyThrottle: Sendable, Equatable {
    /// Identifies held back from the daily budget, so a crash loop cannot spend the last of them.
    var reserve: Int
    /// The spacing between identifies in one concurrency bucket.
    let window: Duration = .seconds(5)
    private var budget: IdentifyBudget?
    private var refillAt: Duration = .zero
    private var lastIdentifyAt: Duration?

    init(reserve: Int) {
        self.reserve = reserve
    }

    /// Records a fresh `session_start_limit` fetched at `now`.
    mutating func update(_ budget: IdentifyBudget, at now: Duration) {
        self.budget = budget
        refillAt = now + budget.resetAfter
    }

    /// When the daily budget is exhausted: how long until it refills; nil if identifies are left.
    func exhaustedFor(at now: Duration) -> Duration? {
        guard let budget, budget.remaining <= reserve, now < refillAt else { return nil }
        return refillAt - now
    }

    /// How long to wait so identifies stay `window / maxConcurrency` apart (single shard: 5 s).
    func spacing(at now: Duration) -> Duration {
        guard let lastIdentifyAt else { return .zero }
        let next = lastIdentifyAt + window / (budget?.maxConcurrency ?? 1)
        return next > now ? next - now : .zero
    }

    /// Counts an identify sent at `now`.
    mutating func recordIdentify(at now: Duration) {
        lastIdentifyAt = now
        budget?.remaining -= 1
    }
}
