#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One call to Discord's REST API, relative to the configured API base.
public struct RESTRequest: Sendable {
    /// The HTTP method.
    public var method: HTTPMethod
    /// The path below the API base, starting with "/" (e.g. "/channels/1/messages").
    public var path: String
    /// Query parameters in order; arrays repeat the key, as Discord expects.
    public var query: [QueryItem]
    /// The JSON body, if any.
    public var body: Data?
    /// Why the action was taken, shown in the guild's audit log (sent percent-encoded, at most 512 characters).
    public var auditLogReason: String?
    /// Whether sending it twice is harmless, so a 5xx or a dropped connection may be retried: the
    /// method's idempotency unless the caller knows better (a message create with an enforced nonce).
    public var isIdempotent: Bool

    /// Creates a request; `path` must start with "/".
    public init(method: HTTPMethod, path: String, query: [QueryItem] = [], body: Data? = nil,
                auditLogReason: String? = nil, idempotent: Bool? = nil) {
        precondition(path.hasPrefix("/"), "REST paths start with /")
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.auditLogReason = auditLogReason
        isIdempotent = idempotent ?? method.isIdempotent
    }

    /// The path plus the encoded query string.
    var pathAndQuery: String {
        guard !query.isEmpty else { return path }
        let pairs = query.map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }
        return path + "?" + pairs.joined(separator: "&")
    }

    /// The audit-log reason as Discord wants it on the wire: capped at 512 characters, then percent-encoded.
    var encodedAuditLogReason: String? {
        guard let reason = auditLogReason, !reason.isEmpty else { return nil }
        return PercentEncoding.encode(String(reason.prefix(512)))
    }
}

/// One query parameter.
public struct QueryItem: Sendable, Hashable {
    /// The parameter name.
    public var name: String
    /// The parameter value, unencoded.
    public var value: String

    /// Creates a query parameter.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
