import DiscordModels

/// Why a REST call failed; the bot token never appears in it (routes name their template, not their values).
public struct RESTError: Error, Sendable, CustomStringConvertible {
    /// The failure class, which decides what the caller does next.
    public enum Kind: Sendable, Equatable {
        /// Discord answered with a non-2xx status; `body` is its JSON error (code, message, errors) when it sent one.
        case http(status: Int, body: DiscordErrorBody?)
        /// The request deadline passed before the exchange finished.
        case timeout
        /// libcurl failed (connection refused, TLS, DNS …); the value is the CURLcode.
        case transport(curlCode: Int)
        /// Still 429 after the allowed retries.
        case rateLimited(retryAfter: Duration?)
        /// Discord rejected the token (401): the bot must stop with a clear message.
        case unauthorized
        /// Too many 401/403/429 in the last 10 minutes: calls are refused to stay clear of Discord's IP ban.
        case circuitOpen
        /// The request breaks one of Discord's limits and was not sent; names the limit.
        case invalidRequest(limit: String)
        /// The 2xx body did not decode as the expected type.
        case decoding(type: String)
        /// The client was shut down.
        case shutdown
    }

    /// The failure class.
    public var kind: Kind
    /// The route template ("POST /channels/:channel/messages"): ids and tokens left out.
    public var route: String
    /// A short human-readable detail (curl's message, Discord's message), never secrets.
    public var detail: String
    /// The lower-level error, e.g. the DecodingError of a body that did not match its type.
    public var underlying: (any Error)?

    /// Creates an error.
    public init(_ kind: Kind, route: String = "", detail: String = "", underlying: (any Error)? = nil) {
        self.kind = kind
        self.route = route
        self.detail = detail
        self.underlying = underlying
    }

    /// Discord's JSON error code (e.g. 10062 Unknown interaction, 50013 Missing permissions), if any.
    public var discordCode: Int? {
        if case .http(_, let body?) = kind { return body.code }
        return nil
    }

    /// The HTTP status, if Discord answered.
    public var status: Int? {
        if case .http(let status, _) = kind { return status }
        return nil
    }

    /// Discord answered 403 or 404: the channel, message or member is gone or out of the bot's sight.
    public var isUnknownTarget: Bool { status == 404 || status == 403 }

    /// Discord refused the request for good (4xx other than 429): retrying cannot help.
    public var isClientRefusal: Bool {
        guard let status else { return false }
        return (400..<500).contains(status) && status != 429
    }

    /// One line for logs and operators.
    public var description: String {
        var text = "DiscordREST \(route): \(kind)"
        if !detail.isEmpty { text += " (\(detail))" }
        return text
    }
}
