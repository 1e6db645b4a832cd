import CivilTime

/// Guards the one `RateLimiter` the client's requests share, reading time from the injected clock.
actor RateLimitGate {
    private var limiter: RateLimiter
    private let clock: any BotClock

    /// Creates a gate over a fresh limiter.
    init(policy: RateLimitPolicy, clock: any BotClock) {
        limiter = RateLimiter(policy: policy)
        self.clock = clock
    }

    /// See `RateLimiter.admit`.
    func admit(_ route: RateLimitRoute) -> RateLimiter.Admission {
        limiter.admit(route, at: clock.now())
    }

    /// See `RateLimiter.record`.
    func record(_ observation: RateLimitObservation, for route: RateLimitRoute, idempotent: Bool,
                attempt: Int) -> RateLimiter.Verdict {
        limiter.record(observation, for: route, idempotent: idempotent, attempt: attempt, at: clock.now())
    }

    /// See `RateLimiter.abandon`.
    func abandon(_ route: RateLimitRoute, idempotent: Bool, attempt: Int,
                 failure: RESTError.Kind) -> RateLimiter.Verdict {
        limiter.abandon(route, idempotent: idempotent, attempt: attempt, failure: failure, at: clock.now())
    }

    /// Releases an admitted request that was cancelled.
    func release(_ route: RateLimitRoute) {
        _ = limiter.abandon(route, idempotent: false, attempt: .max, failure: .shutdown, at: clock.now())
    }

    /// Invalid responses in the current window (for metrics and logs).
    func invalidRequestCount() -> Int {
        limiter.invalidRequestCount(at: clock.now())
    }
}
