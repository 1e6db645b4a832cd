/// Discord's rate limits as a pure state machine: it decides when a request may go and what a response
/// means (deliver, retry later, fail), on time read from an injected monotonic clock.
///
/// Buckets are learned from X-RateLimit-Bucket per route template and kept per major parameter; until a
/// route's bucket is known, one request discovers it while the others wait.
public struct RateLimiter: Sendable {
    /// What a request should do now.
    public enum Admission: Sendable, Equatable {
        /// Send it.
        case proceed
        /// Ask again at this instant.
        case wait(until: Duration)
        /// Do not send it.
        case reject(RESTError.Kind)
    }

    /// What a response means for its request.
    public enum Verdict: Sendable, Equatable {
        /// Hand the response to the caller.
        case deliver
        /// Send the request again, after being admitted again, not before this instant.
        case retry(notBefore: Duration)
        /// Fail the request.
        case fail(RESTError.Kind)
    }

    /// The known state of one bucket (or of one route whose bucket is unknown).
    struct Bucket: Sendable {
        var limit: Int?
        var remaining: Int
        var resetAt: Duration?
        /// The longest Reset-After seen: the window length, used to estimate a window rolled over locally.
        var window: Duration?
        /// Admitted requests without a response yet: they may still land in the next window.
        var inFlight = 0
        var lastUsed: Duration
    }

    let policy: RateLimitPolicy
    private var bucketOfRoute: [String: String] = [:]
    private var buckets: [String: Bucket] = [:]
    private var discovering: Set<String> = []
    private var global: GlobalRateWindow
    private var globalBlockedUntil: Duration = .zero
    private var invalid: InvalidRequestWindow
    /// Set by a 401 on an authenticated route: the token is dead, stop everything that needs it.
    public private(set) var isUnauthorized = false

    /// Creates a limiter with no knowledge of any bucket.
    public init(policy: RateLimitPolicy = RateLimitPolicy()) {
        self.policy = policy
        global = GlobalRateWindow(capacity: policy.globalPerSecond)
        invalid = InvalidRequestWindow(window: policy.invalidRequestWindow)
    }

    /// Decides whether a request on `route` may be sent at `now`; `.proceed` also reserves its slot.
    public mutating func admit(_ route: RateLimitRoute, at now: Duration) -> Admission {
        if isUnauthorized && !route.isFastPath { return .reject(.unauthorized) }
        if invalid.count(at: now) >= policy.invalidRequestLimit { return .reject(.circuitOpen) }
        if !route.isFastPath {
            if globalBlockedUntil > now { return .wait(until: globalBlockedUntil) }
            if let freeAt = global.delay(at: now) { return .wait(until: freeAt) }
        }
        if let wait = reserveBucket(route, at: now) { return .wait(until: wait) }
        if !route.isFastPath { global.record(at: now) }
        return .proceed
    }

    /// Interprets the response to an admitted request; `attempt` counts earlier tries of the same call (0 first),
    /// `idempotent` says whether sending it twice is harmless (GET/PUT/DELETE, or a create with an enforced nonce).
    public mutating func record(_ observation: RateLimitObservation, for route: RateLimitRoute,
                                idempotent: Bool, attempt: Int, at now: Duration) -> Verdict {
        settle(route)
        learn(observation, for: route, at: now)
        countInvalid(observation, at: now)
        switch observation.status {
        case 401 where !route.isFastPath:
            isUnauthorized = true
            return .fail(.unauthorized)
        case 429:
            return tooManyRequests(observation, for: route, attempt: attempt, at: now)
        case 500...599 where idempotent && attempt < policy.maxServerErrorRetries:
            return .retry(notBefore: now + backoff(attempt))
        default:
            return .deliver
        }
    }

    /// Releases what an admitted request held when it ended without a response, and decides about it:
    /// a connection failure of an idempotent request is retried with backoff; a timeout never is
    /// (the request may have been applied, and its deadline is spent).
    public mutating func abandon(_ route: RateLimitRoute, idempotent: Bool, attempt: Int,
                                 failure: RESTError.Kind, at now: Duration) -> Verdict {
        settle(route)
        guard case .transport = failure, idempotent, attempt < policy.maxServerErrorRetries else {
            return .fail(failure)
        }
        return .retry(notBefore: now + backoff(attempt))
    }

    private func backoff(_ attempt: Int) -> Duration {
        policy.serverErrorBackoff * (1 << min(attempt, 16))
    }

    /// Invalid (401/403/non-shared 429) responses counted in the current window.
    public func invalidRequestCount(at now: Duration) -> Int { invalid.count(at: now) }

    // MARK: - Buckets

    private mutating func reserveBucket(_ route: RateLimitRoute, at now: Duration) -> Duration? {
        let key = bucketKey(route)
        guard var bucket = buckets[key] else {
            let discovery = discoveryKey(route)
            if discovering.contains(discovery) { return now + policy.discoveryPoll }
            discovering.insert(discovery)
            return nil
        }
        if let resetAt = bucket.resetAt, resetAt <= now {
            // Requests still in flight may be counted by Discord in the new window: reserve them.
            bucket.remaining = (bucket.limit ?? max(bucket.remaining, 1)) - bucket.inFlight
            bucket.resetAt = bucket.window.map { now + $0 }
        }
        if bucket.remaining <= 0, let resetAt = bucket.resetAt {
            return resetAt + policy.resetMargin
        }
        bucket.remaining -= 1
        bucket.inFlight += 1
        bucket.lastUsed = now
        buckets[key] = bucket
        return nil
    }

    /// Ends an admitted request: a discovery releases its route, any other leaves its bucket's in-flight count.
    private mutating func settle(_ route: RateLimitRoute) {
        guard discovering.remove(discoveryKey(route)) == nil else { return }
        let key = bucketKey(route)
        if let inFlight = buckets[key]?.inFlight, inFlight > 0 { buckets[key]?.inFlight = inFlight - 1 }
    }

    private mutating func learn(_ observation: RateLimitObservation, for route: RateLimitRoute, at now: Duration) {
        if let hash = observation.bucket { bucketOfRoute[route.template] = hash }
        let key = bucketKey(route)
        guard observation.bucket != nil, let remaining = observation.remaining else {
            if buckets[key] == nil, observation.status != 429 {
                buckets[key] = Bucket(limit: nil, remaining: .max, resetAt: nil, window: nil, lastUsed: now)
            }
            return
        }
        var bucket = buckets[key] ?? Bucket(limit: observation.limit, remaining: remaining, resetAt: nil, window: nil, lastUsed: now)
        let sameWindow = bucket.resetAt.map { $0 > now } ?? false
        bucket.remaining = sameWindow ? min(bucket.remaining, remaining) : remaining
        bucket.limit = observation.limit ?? bucket.limit
        if let resetAfter = observation.resetAfter {
            bucket.resetAt = now + resetAfter
            bucket.window = max(bucket.window ?? resetAfter, resetAfter)
        }
        bucket.lastUsed = now
        buckets[key] = bucket
        pruneIfLarge(at: now)
    }

    private mutating func tooManyRequests(_ observation: RateLimitObservation, for route: RateLimitRoute,
                                          attempt: Int, at now: Duration) -> Verdict {
        let retryAfter = observation.retryAfter ?? observation.resetAfter ?? policy.defaultRetryAfter
        let until = now + retryAfter
        if observation.isGlobal && !route.isFastPath {
            globalBlockedUntil = max(globalBlockedUntil, until)
        } else {
            let key = bucketKey(route)
            var bucket = buckets[key] ?? Bucket(limit: observation.limit, remaining: 0, resetAt: nil, window: nil, lastUsed: now)
            bucket.remaining = 0
            bucket.resetAt = max(bucket.resetAt ?? until, until)
            buckets[key] = bucket
        }
        guard attempt < policy.maxRateLimitRetries else { return .fail(.rateLimited(retryAfter: retryAfter)) }
        return .retry(notBefore: until)
    }

    private mutating func countInvalid(_ observation: RateLimitObservation, at now: Duration) {
        switch observation.status {
        case 401, 403: invalid.record(at: now)
        case 429 where observation.scope != .shared: invalid.record(at: now)
        default: break
        }
    }

    private func bucketKey(_ route: RateLimitRoute) -> String {
        if let hash = bucketOfRoute[route.template] { return hash + "|" + route.majorParameter }
        return discoveryKey(route)
    }

    private func discoveryKey(_ route: RateLimitRoute) -> String {
        "~" + route.template + "|" + route.majorParameter
    }

    /// Forgets buckets idle for a minute once there are many (one per channel/member grows without bound).
    private mutating func pruneIfLarge(at now: Duration) {
        guard buckets.count > 4_096 else { return }
        buckets = buckets.filter { _, bucket in
            bucket.lastUsed + .seconds(60) > now || (bucket.resetAt ?? .zero) > now
        }
    }
}
