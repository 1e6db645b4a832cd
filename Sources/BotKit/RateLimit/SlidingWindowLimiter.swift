/// The pure sliding-window limiter of §10.4: each allowed use stores its time; a use is refused while
/// `maximum` uses lie inside the window. Time is passed in, so it is a plain value to test.
public struct SlidingWindowLimiter: Sendable {
    private var uses: [RateLimitKey: [Duration]] = [:]

    /// Buckets idle this long are dropped by `sweep`.
    public static let idleLifetime: Duration = .seconds(300)

    /// Creates an empty limiter.
    public init() {}

    /// Counts a use at `now` if the preset allows it.
    public mutating func attempt(_ key: RateLimitKey, preset: RateLimitPreset, now: Duration) -> RateLimitDecision {
        var times = (uses[key] ?? []).filter { now - $0 < preset.window }
        defer { uses[key] = times }
        guard times.count >= preset.maximum else {
            times.append(now)
            return .allowed
        }
        return .refused(retryAfter: times[0] + preset.window - now)
    }

    /// Drops buckets whose newest use is older than `idleLifetime`, so memory stays bounded.
    public mutating func sweep(now: Duration) {
        uses = uses.filter { _, times in
            guard let last = times.last else { return false }
            return now - last < Self.idleLifetime
        }
    }

    /// How many buckets are held (for tests and metrics).
    public var bucketCount: Int { uses.count }
}
