import DiscordModels
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The rate-limit facts of one response, read from its headers (and, for a 429, its JSON body).
public struct RateLimitObservation: Sendable, Equatable {
    /// Who a 429 applies to (X-RateLimit-Scope).
    public enum Scope: String, Sendable {
        /// This bot on this route.
        case user
        /// This bot on every route.
        case global
        /// Everyone on this resource; does not count towards the invalid-request limit.
        case shared
    }

    /// The HTTP status.
    public var status: Int
    /// X-RateLimit-Bucket: the opaque id of the bucket, shared by routes.
    public var bucket: String?
    /// X-RateLimit-Limit.
    public var limit: Int?
    /// X-RateLimit-Remaining.
    public var remaining: Int?
    /// X-RateLimit-Reset-After, relative so the wall clock never matters.
    public var resetAfter: Duration?
    /// retry_after of a 429 (body preferred, it is more precise than Retry-After).
    public var retryAfter: Duration?
    /// Whether a 429 is the global limit (X-RateLimit-Global or `"global": true`).
    public var isGlobal: Bool
    /// X-RateLimit-Scope of a 429.
    public var scope: Scope?

    /// Creates an observation from explicit values (tests, scripted sequences).
    public init(status: Int, bucket: String? = nil, limit: Int? = nil, remaining: Int? = nil,
                resetAfter: Duration? = nil, retryAfter: Duration? = nil, isGlobal: Bool = false,
                scope: Scope? = nil) {
        self.status = status
        self.bucket = bucket
        self.limit = limit
        self.remaining = remaining
        self.resetAfter = resetAfter
        self.retryAfter = retryAfter
        self.isGlobal = isGlobal
        self.scope = scope
    }

    /// Reads the observation of a real response.
    public init(_ response: RESTResponse) {
        let headers = response.headers
        self.init(status: response.status,
                  bucket: headers["x-ratelimit-bucket"],
                  limit: headers["x-ratelimit-limit"].flatMap { Int($0) },
                  remaining: headers["x-ratelimit-remaining"].flatMap { Int($0) },
                  resetAfter: headers["x-ratelimit-reset-after"].flatMap(Self.seconds),
                  scope: headers["x-ratelimit-scope"].flatMap { Scope(rawValue: $0.lowercased()) })
        guard response.status == 429 else { return }
        let body = try? JSONDecoder().decode(RateLimitedBody.self, from: response.body)
        retryAfter = body.map { Self.seconds($0.retryAfter) } ?? headers["retry-after"].flatMap(Self.seconds)
        isGlobal = headers["x-ratelimit-global"] != nil || body?.global == true || scope == .global
    }

    /// Decimal seconds as a Duration (millisecond precision is all Discord gives).
    static func seconds(_ text: String) -> Duration? {
        Double(String(Substring(text).trimmingWhitespace())).map(seconds)
    }

    static func seconds(_ value: Double) -> Duration {
        .milliseconds(Int64((max(0, value) * 1000).rounded(.up)))
    }

}
