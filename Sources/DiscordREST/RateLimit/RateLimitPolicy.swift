/// The tunable numbers of rate limiting, retries and the invalid-request breaker.
public struct RateLimitPolicy: Sendable, Equatable {
    /// Requests per second across the bot (Discord's global limit is 50/s); interaction routes are exempt.
    public var globalPerSecond: Int
    /// How many times a 429 is retried before the call fails with `.rateLimited`.
    public var maxRateLimitRetries: Int
    /// How many times a 5xx of an idempotent request (GET, PUT, DELETE) is retried.
    public var maxServerErrorRetries: Int
    /// The first 5xx backoff; doubled on each further attempt.
    public var serverErrorBackoff: Duration
    /// 401/403/429 responses tolerated per `invalidRequestWindow` before the breaker opens (Discord bans at 10,000).
    public var invalidRequestLimit: Int
    /// The window in which invalid responses are counted (Discord: 10 minutes).
    public var invalidRequestWindow: Duration
    /// Added to every reset so a request never arrives a hair before Discord's window rolls over.
    public var resetMargin: Duration
    /// How often a request re-checks a route whose bucket is still being discovered by the first request.
    public var discoveryPoll: Duration
    /// Fallback wait for a 429 that carries no retry_after.
    public var defaultRetryAfter: Duration

    /// Creates a policy; the defaults follow Discord's documented limits with a wide safety margin.
    public init(globalPerSecond: Int = 50, maxRateLimitRetries: Int = 3, maxServerErrorRetries: Int = 3,
                serverErrorBackoff: Duration = .milliseconds(500), invalidRequestLimit: Int = 5_000,
                invalidRequestWindow: Duration = .seconds(600), resetMargin: Duration = .milliseconds(50),
                discoveryPoll: Duration = .milliseconds(20), defaultRetryAfter: Duration = .seconds(1)) {
        self.globalPerSecond = globalPerSecond
        self.maxRateLimitRetries = maxRateLimitRetries
        self.maxServerErrorRetries = maxServerErrorRetries
        self.serverErrorBackoff = serverErrorBackoff
        self.invalidRequestLimit = invalidRequestLimit
        self.invalidRequestWindow = invalidRequestWindow
        self.resetMargin = resetMargin
        self.discoveryPoll = discoveryPoll
        self.defaultRetryAfter = defaultRetryAfter
    }
}
