import Testing
@testable import DiscordREST

/// The limiter driven through scripted request/response sequences on a hand-set clock.
@Suite struct RateLimiterTests {
    /// One step of a script: a request asks to go, or a response comes back; times in milliseconds.
    enum Step {
        case admit(RateLimitRoute, at: Int, expect: RateLimiter.Admission)
        case record(RateLimitObservation, RateLimitRoute, HTTPMethod = .get, attempt: Int = 0, at: Int,
                    expect: RateLimiter.Verdict)
    }

    static let messagesA = RateLimitRoute(method: .get, path: "/channels/1/messages")
    static let postMessageA = RateLimitRoute(method: .post, path: "/channels/1/messages")
    static let messagesB = RateLimitRoute(method: .get, path: "/channels/2/messages")
    static let roles = RateLimitRoute(method: .get, path: "/guilds/9/roles")
    static let callback = RateLimitRoute(method: .post, path: "/interactions/5/tok/callback")

    static func ms(_ value: Int) -> Duration { .milliseconds(value) }

    static func ok(_ bucket: String, limit: Int, remaining: Int, resetAfterMs: Int) -> RateLimitObservation {
        RateLimitObservation(status: 200, bucket: bucket, limit: limit, remaining: remaining,
                             resetAfter: ms(resetAfterMs))
    }

    static func run(_ steps: [Step], policy: RateLimitPolicy = RateLimitPolicy()) {
        var limiter = RateLimiter(policy: policy)
        for (index, step) in steps.enumerated() {
            switch step {
            case let .admit(route, at, expected):
                let got = limiter.admit(route, at: ms(at))
                #expect(got == expected, "step \(index): admit \(route.template) at \(at) ms")
            case let .record(observation, route, method, attempt, at, expected):
                let got = limiter.record(observation, for: route, idempotent: method.isIdempotent, attempt: attempt,
                                         at: ms(at))
                #expect(got == expected, "step \(index): record \(observation.status) at \(at) ms")
            }
        }
    }

    static let scripts: [(String, [Step])] = [
        ("bucket exhaustion waits until the reset, then proceeds", [
            .admit(messagesA, at: 0, expect: .proceed),
            .record(ok("h", limit: 2, remaining: 1, resetAfterMs: 1_000), messagesA, at: 10, expect: .deliver),
            .admit(messagesA, at: 20, expect: .proceed),
            .admit(messagesA, at: 30, expect: .wait(until: ms(1_060))),
            .record(ok("h", limit: 2, remaining: 0, resetAfterMs: 970), messagesA, at: 40, expect: .deliver),
            .admit(messagesA, at: 1_060, expect: .proceed),
            .admit(messagesA, at: 1_061, expect: .proceed),
            .admit(messagesA, at: 1_062, expect: .wait(until: ms(2_110))),
        ]),
        ("requests still in flight when the window rolls over count against the new window", [
            .admit(messagesA, at: 0, expect: .proceed),
            .record(ok("h", limit: 2, remaining: 1, resetAfterMs: 1_000), messagesA, at: 10, expect: .deliver),
            .admit(messagesA, at: 20, expect: .proceed),
            .admit(messagesA, at: 1_060, expect: .proceed),
            .admit(messagesA, at: 1_061, expect: .wait(until: ms(2_110))),
        ]),
        ("an undiscovered route lets one request through and holds the rest", [
            .admit(messagesA, at: 0, expect: .proceed),
            .admit(messagesA, at: 5, expect: .wait(until: ms(25))),
            .record(ok("h", limit: 5, remaining: 4, resetAfterMs: 1_000), messagesA, at: 10, expect: .deliver),
            .admit(messagesA, at: 25, expect: .proceed),
        ]),
        ("routes with the same bucket hash share one budget", [
            .admit(messagesA, at: 0, expect: .proceed),
            .record(ok("shared", limit: 3, remaining: 2, resetAfterMs: 1_000), messagesA, at: 1, expect: .deliver),
            .admit(postMessageA, at: 2, expect: .proceed),
            .record(ok("shared", limit: 3, remaining: 1, resetAfterMs: 999), postMessageA, .post, at: 3, expect: .deliver),
            .admit(messagesA, at: 4, expect: .proceed),
            .admit(postMessageA, at: 5, expect: .wait(until: ms(1_052))),
            .admit(messagesA, at: 6, expect: .wait(until: ms(1_052))),
        ]),
        ("each major parameter has its own bucket", [
            .admit(messagesA, at: 0, expect: .proceed),
            .record(ok("h", limit: 1, remaining: 0, resetAfterMs: 1_000), messagesA, at: 1, expect: .deliver),
            .admit(messagesA, at: 2, expect: .wait(until: ms(1_051))),
            .admit(messagesB, at: 3, expect: .proceed),
            .record(ok("h", limit: 1, remaining: 0, resetAfterMs: 1_000), messagesB, at: 4, expect: .deliver),
            .admit(messagesB, at: 5, expect: .wait(until: ms(1_054))),
        ]),
        ("a global 429 blocks every route but the interaction fast path", [
            .admit(messagesA, at: 0, expect: .proceed),
            .record(RateLimitObservation(status: 429, retryAfter: ms(2_000), isGlobal: true, scope: .global),
                    messagesA, at: 10, expect: .retry(notBefore: ms(2_010))),
            .admit(roles, at: 20, expect: .wait(until: ms(2_010))),
            .admit(messagesB, at: 30, expect: .wait(until: ms(2_010))),
            .admit(callback, at: 40, expect: .proceed),
            .admit(roles, at: 2_010, expect: .proceed),
        ]),
        ("a route 429 is honoured for its retry_after", [
            .admit(messagesA, at: 0, expect: .proceed),
            .record(ok("h", limit: 5, remaining: 4, resetAfterMs: 1_000), messagesA, at: 1, expect: .deliver),
            .admit(messagesA, at: 2, expect: .proceed),
            .record(RateLimitObservation(status: 429, bucket: "h", limit: 5, remaining: 0, resetAfter: ms(1_500),
                                         retryAfter: ms(1_500), scope: .user),
                    messagesA, at: 100, expect: .retry(notBefore: ms(1_600))),
            .admit(messagesA, at: 200, expect: .wait(until: ms(1_650))),
            .admit(messagesB, at: 200, expect: .proceed),
            .admit(messagesA, at: 1_650, expect: .proceed),
        ]),
        ("429 retries are capped", [
            .admit(messagesA, at: 0, expect: .proceed),
            .record(RateLimitObservation(status: 429, retryAfter: ms(300)), messagesA, attempt: 2, at: 1,
                    expect: .retry(notBefore: ms(301))),
            .admit(messagesA, at: 301, expect: .proceed),
            .record(RateLimitObservation(status: 429, retryAfter: ms(300)), messagesA, attempt: 3, at: 302,
                    expect: .fail(.rateLimited(retryAfter: ms(300)))),
        ]),
        ("5xx is retried with backoff for GET, PUT and DELETE, never for POST", [
            .admit(messagesA, at: 0, expect: .proceed),
            .record(RateLimitObservation(status: 502), messagesA, .get, attempt: 0, at: 1, expect: .retry(notBefore: ms(501))),
            .record(RateLimitObservation(status: 500), messagesA, .get, attempt: 1, at: 1, expect: .retry(notBefore: ms(1_001))),
            .record(RateLimitObservation(status: 503), messagesA, .put, attempt: 2, at: 1, expect: .retry(notBefore: ms(2_001))),
            .record(RateLimitObservation(status: 503), messagesA, .delete, attempt: 3, at: 1, expect: .deliver),
            .record(RateLimitObservation(status: 502), postMessageA, .post, attempt: 0, at: 1, expect: .deliver),
            .record(RateLimitObservation(status: 500), postMessageA, .patch, attempt: 0, at: 1, expect: .deliver),
        ]),
        ("401 stops every authenticated route but not the token-authenticated fast path", [
            .admit(messagesA, at: 0, expect: .proceed),
            .record(RateLimitObservation(status: 401), messagesA, at: 1, expect: .fail(.unauthorized)),
            .admit(roles, at: 2, expect: .reject(.unauthorized)),
            .admit(callback, at: 3, expect: .proceed),
        ]),
    ]

    @Test(arguments: scripts.indices)
    func scriptedSequence(_ index: Int) {
        Self.run(Self.scripts[index].1)
    }

    @Test func breakerOpensBeforeTheInvalidRequestBanAndClosesAfterTheWindow() {
        let policy = RateLimitPolicy(invalidRequestLimit: 3, invalidRequestWindow: .seconds(600))
        let forbidden = RateLimitObservation(status: 403)
        let shared = RateLimitObservation(status: 429, retryAfter: Self.ms(10), scope: .shared)
        Self.run([
            .admit(Self.roles, at: 0, expect: .proceed),
            .record(forbidden, Self.roles, at: 1, expect: .deliver),
            .record(shared, Self.roles, at: 2, expect: .retry(notBefore: Self.ms(12))),
            .record(forbidden, Self.roles, at: 3, expect: .deliver),
            .admit(Self.messagesA, at: 4, expect: .proceed),
            .record(forbidden, Self.messagesA, at: 5, expect: .deliver),
            .admit(Self.messagesB, at: 6, expect: .reject(.circuitOpen)),
            .admit(Self.callback, at: 7, expect: .reject(.circuitOpen)),
            .admit(Self.messagesB, at: 611_000, expect: .proceed),
        ], policy: policy)
    }

    @Test func proactiveGlobalLimitAdmitsFiftyPerSecond() {
        var limiter = RateLimiter()
        for channel in 1...50 {
            let route = RateLimitRoute(method: .get, path: "/channels/\(channel)")
            #expect(limiter.admit(route, at: Self.ms(channel)) == .proceed)
        }
        let fiftyFirst = RateLimitRoute(method: .get, path: "/channels/51")
        #expect(limiter.admit(fiftyFirst, at: Self.ms(100)) == .wait(until: Self.ms(1_001)))
        #expect(limiter.admit(Self.callback, at: Self.ms(100)) == .proceed)
        #expect(limiter.admit(fiftyFirst, at: Self.ms(1_001)) == .proceed)
    }

    @Test func abandonedDiscoveryReleasesTheRoute() {
        var limiter = RateLimiter()
        #expect(limiter.admit(Self.messagesA, at: .zero) == .proceed)
        #expect(limiter.admit(Self.messagesA, at: Self.ms(1)) == .wait(until: Self.ms(21)))
        let verdict = limiter.abandon(Self.messagesA, idempotent: true, attempt: 0, failure: .timeout, at: Self.ms(2))
        #expect(verdict == .fail(.timeout))
        #expect(limiter.admit(Self.messagesA, at: Self.ms(2)) == .proceed)
    }

    @Test(arguments: [
        (HTTPMethod.get, 0, RESTError.Kind.transport(curlCode: 56), RateLimiter.Verdict.retry(notBefore: .milliseconds(510))),
        (.put, 1, .transport(curlCode: 7), .retry(notBefore: .milliseconds(1_010))),
        (.get, 3, .transport(curlCode: 7), .fail(.transport(curlCode: 7))),
        (.post, 0, .transport(curlCode: 56), .fail(.transport(curlCode: 56))),
        (.get, 0, .timeout, .fail(.timeout)),
    ])
    func connectionFailuresAreRetriedOnlyForIdempotentRequestsAndNeverAfterATimeout(
        method: HTTPMethod, attempt: Int, failure: RESTError.Kind, expected: RateLimiter.Verdict
    ) {
        var limiter = RateLimiter()
        let route = RateLimitRoute(method: method, path: "/channels/1/messages")
        #expect(limiter.admit(route, at: .zero) == .proceed)
        #expect(limiter.abandon(route, idempotent: method.isIdempotent, attempt: attempt, failure: failure,
                                at: Self.ms(10)) == expected)
    }
}
