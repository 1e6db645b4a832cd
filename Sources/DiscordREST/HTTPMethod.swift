/// The HTTP methods Discord's REST API uses; idempotency decides whether a 5xx may be retried.
public enum HTTPMethod: String, Sendable, Hashable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case patch = "PATCH"
    case delete = "DELETE"

    /// Whether repeating the request cannot change the outcome (RFC 9110 §9.2.2), so a 5xx may be retried.
    public var isIdempotent: Bool {
        switch self {
        case .get, .put, .delete: true
        case .post, .patch: false
        }
    }
}
