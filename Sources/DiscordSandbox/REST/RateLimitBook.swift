/// Per-bucket counters behind the `X-RateLimit-*` headers, timed on the monotonic clock.
actor RateLimitBook {
    /// The state one response reports.
    struct Window: Sendable {
        let limit: Int
        let remaining: Int
        let resetAfter: Double
        let bucket: String
        let exceeded: Bool
    }

    private var windows: [String: (start: ContinuousClock.Instant, used: Int)] = [:]
    private let policy: SandboxRateLimitPolicy
    private let clock = ContinuousClock()

    init(policy: SandboxRateLimitPolicy) {
        self.policy = policy
    }

    /// Counts one request against its bucket and major parameter.
    func admit(route: RouteTemplate, major: String) -> Window {
        let key = route.bucketHash + "|" + major
        let now = clock.now
        var entry = windows[key] ?? (now, 0)
        if now - entry.start >= policy.window { entry = (now, 0) }
        entry.used += 1
        windows[key] = entry
        let left = policy.window - (now - entry.start)
        let exceeded = policy.enforce && entry.used > policy.limit
        return Window(limit: policy.limit, remaining: max(0, policy.limit - entry.used),
                      resetAfter: left.seconds, bucket: route.bucketHash, exceeded: exceeded)
    }
}

extension Duration {
    /// The duration in fractional seconds.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
