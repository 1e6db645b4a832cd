import CivilTime

/// The shared limiter every interaction passes through: the pure limiter behind an actor, swept as
/// it is used (at most once a minute) instead of by a timer.
public actor InteractionRateLimiter {
    private var limiter = SlidingWindowLimiter()
    private var lastSweep: Duration = .zero
    private let clock: any BotClock

    /// Creates a limiter reading time from `clock`.
    public init(clock: any BotClock) { self.clock = clock }

    /// Counts a use for `key` under `preset`, or refuses it.
    public func attempt(_ key: RateLimitKey, preset: RateLimitPreset) -> RateLimitDecision {
        let now = clock.now()
        if now - lastSweep >= .seconds(60) {
            limiter.sweep(now: now)
            lastSweep = now
        }
        return limiter.attempt(key, preset: preset, now: now)
    }

    /// Buckets currently held.
    public var bucketCount: Int { limiter.bucketCount }
}
