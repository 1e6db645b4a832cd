import Synchronization

/// How often and how long requests waited for a rate-limit bucket or the global limit before
/// going out (for the metrics endpoint): a bot that waits a lot is close to Discord's limits.
public struct RateLimitWaitStatistics: Hashable, Sendable {
    /// Waits so far.
    public var waits: Int
    /// Their total length.
    public var total: Duration
}

/// The running totals, updated by every waiting request.
final class RateLimitWaitLedger: Sendable {
    private let state = Mutex(RateLimitWaitStatistics(waits: 0, total: .zero))

    func record(_ wait: Duration) {
        state.withLock { $0.waits += 1; $0.total += wait }
    }

    var snapshot: RateLimitWaitStatistics { state.withLock { $0 } }
}
