import Testing
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import DiscordREST

/// Reading Discord's rate-limit headers and 429 bodies.
@Suite struct RateLimitObservationTests {
    @Test func headersAreReadWhateverTheirCase() {
        let headers = HTTPHeaders([
            ("X-RateLimit-Bucket", "abcd"), ("x-ratelimit-limit", "5"), ("X-RATELIMIT-REMAINING", "0"),
            ("X-RateLimit-Reset-After", "1.234"),
        ])
        let observation = RateLimitObservation(RESTResponse(status: 200, headers: headers))
        #expect(observation == RateLimitObservation(status: 200, bucket: "abcd", limit: 5, remaining: 0,
                                                    resetAfter: .milliseconds(1_234)))
    }

    @Test func a429BodyRetryAfterWinsOverTheWholeSecondHeader() {
        let headers = HTTPHeaders([("Retry-After", "3"), ("X-RateLimit-Scope", "shared")])
        let body = Data(#"{"message":"You are being rate limited.","retry_after":2.5,"global":false}"#.utf8)
        let observation = RateLimitObservation(RESTResponse(status: 429, headers: headers, body: body))
        #expect(observation.retryAfter == .milliseconds(2_500))
        #expect(observation.scope == .shared)
        #expect(!observation.isGlobal)
    }

    @Test func aGlobal429IsRecognisedFromHeaderOrBody() {
        let byHeader = RateLimitObservation(RESTResponse(status: 429, headers: HTTPHeaders([
            ("X-RateLimit-Global", "true"), ("Retry-After", "1"),
        ])))
        let byBody = RateLimitObservation(RESTResponse(status: 429, body: Data(#"{"message":"slow down","retry_after":0.2,"global":true}"#.utf8)))
        #expect(byHeader.isGlobal && byHeader.retryAfter == .seconds(1))
        #expect(byBody.isGlobal && byBody.retryAfter == .milliseconds(200))
    }

    @Test func auditLogReasonIsCappedAndPercentEncoded() {
        let request = RESTRequest(method: .delete, path: "/guilds/1/bans/2",
                                  auditLogReason: "raid leader: führer ✓ & co")
        #expect(request.encodedAuditLogReason == "raid%20leader%3A%20f%C3%BChrer%20%E2%9C%93%20%26%20co")
        let long = RESTRequest(method: .delete, path: "/x", auditLogReason: String(repeating: "a", count: 600))
        #expect(long.encodedAuditLogReason?.count == 512)
    }
}
