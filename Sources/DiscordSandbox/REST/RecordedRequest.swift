import DiscordModels

/// One REST request the bot sent, as the sandbox received it (the token is never kept).
public struct RecordedRequest: Sendable {
    /// Position in arrival order, from 0.
    public let sequence: Int
    /// When the request arrived, on the monotonic clock.
    public let receivedAt: ContinuousClock.Instant
    /// The HTTP method, upper case.
    public let method: String
    /// The matched route template (e.g. `/channels/{channel.id}/messages`), or the path if none matched.
    public let route: String
    /// The path after `/api/v10`.
    public let path: String
    /// The raw query string, if any.
    public let query: String?
    /// Request headers with lower-cased names, `Authorization` removed.
    public let headers: [String: String]
    /// Whether an `Authorization` header was present.
    public let hadAuthorization: Bool
    /// The JSON body, if the body parsed as JSON.
    public let body: JSONValue?
    /// The body as text when it was not JSON (or nil when empty).
    public let rawBody: String?
    /// The body exactly as received (for validating against the OpenAPI spec).
    public let bodyBytes: [UInt8]
    /// The status the sandbox answered with.
    public let status: Int

    /// Whether this request matches a method and route template.
    public func `is`(_ method: String, _ route: String) -> Bool {
        self.method == method && self.route == route
    }
}
