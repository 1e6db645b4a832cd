/// How the REST client reaches Discord: where, as whom, how long to wait, how hard to retry.
public struct RESTConfiguration: Sendable {
    /// The API base without a trailing slash; any Discord-compatible server, plain http on loopback included.
    public var apiBase: String
    /// The bot token, sent as "Authorization: Bot <token>"; never logged nor put in errors.
    public var token: String
    /// The deadline of one HTTP exchange (libcurl CURLOPT_TIMEOUT_MS); past it the call fails with `.timeout`.
    public var requestTimeout: Duration
    /// The User-Agent Discord requires ("DiscordBot (url, version)").
    public var userAgent: String
    /// Rate-limit, retry and breaker tuning.
    public var policy: RateLimitPolicy

    /// The default API base, Discord's v10.
    public static let discordAPIBase = "https://discord.com/api/v10"

    /// Creates a configuration; only the token is required.
    public init(apiBase: String = RESTConfiguration.discordAPIBase, token: String,
                requestTimeout: Duration = .seconds(25),
                userAgent: String = "DiscordBot (https://github.com/raidbot/raidbot, 0.1.0)",
                policy: RateLimitPolicy = RateLimitPolicy()) {
        self.apiBase = apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase
        self.token = token
        self.requestTimeout = requestTimeout
        self.userAgent = userAgent
        self.policy = policy
    }
}

extension RESTConfiguration: CustomStringConvertible {
    /// A description that leaves the token out.
    public var description: String {
        "RESTConfiguration(apiBase: \(apiBase), requestTimeout: \(requestTimeout), token: <redacted>)"
    }
}
