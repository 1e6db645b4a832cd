#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What Discord answered: status, headers (case-insensitive) and the raw body.
public struct RESTResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The response headers.
    public var headers: HTTPHeaders
    /// The raw body bytes (JSON for Discord, empty for 204).
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }
}
