import Testing
@testable import DiscordGateway

@Suite("GatewayStateMachine: close codes, op 7, op 9, backoff")
struct GatewayReconnectPolicyTests {
    typealias H = GatewayMachineHarness

    static let resumingCodes: [Int?] = [nil, 1001, 1006, 4000, 4001, 4002, 4008, 4900, 4999]
    static let newSessionCodes = [1000, 4003, 4005, 4007, 4009]
    static let fatalCodes: [(Int, GatewayStopReason)] = [
        (4004, .authenticationFailed), (4010, .invalidShard), (4011, .shardingRequired),
        (4012, .invalidAPIVersion), (4013, .invalidIntents), (4014, .disallowedIntents),
    ]

    @Test(arguments: resumingCodes)
    func resumableCloseCodesResumeOnTheResumeURL(code: Int?) {
        var h = H.live()
        #expect(h.send(.closed(code: code)) == [.cancelTimer] + H.connect(H.resumeURL, after: .zero, at: h.now))
        h.send(.connected)
        #expect(h.send(.hello(heartbeatInterval: H.interval)).last == .sendResume(sessionID: "s1", sequence: 1))
    }

    @Test(arguments: newSessionCodes)
    func sessionEndingCloseCodesForgetTheSessionAndIdentify(code: Int) {
        var h = H.live()
        #expect(h.send(.closed(code: code)) == [.cancelTimer, .persist(nil), .fetchGatewayInfo(after: .zero)])
    }

    @Test(arguments: fatalCodes)
    func fatalCloseCodesStopWithANamedCause(code: Int, reason: GatewayStopReason) {
        var h = H.live()
        #expect(h.send(.closed(code: code)) == [.cancelTimer, .stop(reason)])
        #expect(h.machine.isTerminated)
        #expect(h.send(.timerFired, after: .seconds(60)) == [])
        #expect(reason.description.contains(String(code)))
    }

    @Test func gatewayInfoFailureRetriesButARefusalStops() {
        var h = H()
        h.send(.started(nil))
        let retry = h.send(.gatewayInfoFailed)
        #expect(retry.count == 1)
        if case .fetchGatewayInfo = retry.first {} else { Issue.record("a failed /gateway/bot is retried, got \(retry)") }
        #expect(h.send(.gatewayInfoRefused(.authenticationFailed)) == [.stop(.authenticationFailed)])
        #expect(h.machine.isTerminated)
        #expect(h.send(.timerFired, after: .seconds(60)) == [])
    }

    @Test func stopMessagesNameTheCause() {
        #expect(GatewayStopReason.authenticationFailed.description.contains("token"))
        #expect(GatewayStopReason.disallowedIntents.description.contains("privileged intents"))
        #expect(GatewayStopReason.disallowedIntents.description.contains("MESSAGE_CONTENT"))
        #expect(GatewayStopReason.shardingRequired.description.contains("sharding required"))
        #expect(GatewayStopReason.invalidAPIVersion.description.contains("API version"))
    }

    @Test func reconnectOpcodeClosesResumablyThenResumes() {
        var h = H.live()
        #expect(h.send(.reconnectRequested) == [.close(code: 4900), .scheduleTimer(at: .seconds(5))])
        #expect(h.send(.closed(code: 1000)) == [.cancelTimer] + H.connect(H.resumeURL, after: .zero, at: h.now))
    }

    @Test func reconnectOpcodeBeforeHelloStillReconnects() {
        var h = H()
        h.send(.started(GatewaySession(sessionID: "s", sequence: 3, resumeURL: H.resumeURL)))
        h.send(.connected)
        #expect(h.send(.reconnectRequested).first == .close(code: 4900))
    }

    @Test func resumableInvalidSessionResumes() {
        var h = H.live()
        #expect(h.closeAfter(.invalidSession(resumable: true)) == [.cancelTimer] + H.connect(H.resumeURL, after: .zero, at: h.now))
    }

    @Test func invalidSessionFalseWaitsOneToFiveSecondsThenIdentifies() {
        var h = H.live()
        #expect(h.send(.invalidSession(resumable: false)) == [.persist(nil), .close(code: 4900), .scheduleTimer(at: .seconds(5))])
        // Jitter ½ of the 1–5 s range.
        #expect(h.send(.closed(code: 4900)) == [.cancelTimer, .fetchGatewayInfo(after: .seconds(3))])
        h.send(.gatewayInfo(url: H.gatewayURL, budget: H.budget), after: .seconds(3))
        h.send(.connected)
        #expect(h.send(.hello(heartbeatInterval: H.interval)).last == .sendIdentify)
    }

    @Test func repeatedFailuresBackOffExponentiallyWithJitterAndACap() {
        var h = H()
        let stored = GatewaySession(sessionID: "s", sequence: 1, resumeURL: nil)
        h.send(.started(stored))
        h.send(.gatewayInfo(url: H.gatewayURL, budget: H.budget))
        var delays: [Duration] = []
        for _ in 0..<10 {
            guard case .connect(_, let after) = h.send(.connectFailed).first else { Issue.record("no connect"); return }
            delays.append(after)
        }
        // Jitter ½ scales each raw delay into ¾ of it: 0, 1, 2, 4, … capped at 60 s.
        let expected: [Duration] = [0, 0.75, 1.5, 3, 6, 12, 24, 45, 45, 45].map { .milliseconds(Int($0 * 1000)) }
        #expect(delays == expected)
    }

    @Test func healthyConnectionResetsTheBackoff() {
        var h = H.live()
        h.send(.closed(code: 4000))
        // The resume URL fails once: fall back to the gateway URL after a backed-off delay.
        #expect(h.send(.connectFailed) == H.connect(H.gatewayURL, after: .milliseconds(750), at: h.now))
        h.send(.connected)
        h.send(.hello(heartbeatInterval: H.interval))
        h.send(.resumed(sequence: nil))
        // RESUMED made the connection healthy: the next drop reconnects at once.
        #expect(Array(h.send(.closed(code: 4000)).suffix(2)) == H.connect(H.gatewayURL, after: .zero, at: h.now))
    }

    @Test func unreachableResumeURLFallsBackToTheGatewayURL() {
        var h = H()
        h.send(.started(GatewaySession(sessionID: "s", sequence: 8, resumeURL: H.resumeURL)))
        // No /gateway/bot URL cached yet: fetch it, then resume through it.
        #expect(h.send(.connectFailed) == [.fetchGatewayInfo(after: .zero)])
        #expect(h.send(.gatewayInfo(url: H.gatewayURL, budget: H.budget)) == H.connect(H.gatewayURL, after: .zero, at: h.now))
        h.send(.connected)
        #expect(h.send(.hello(heartbeatInterval: H.interval)).last == .sendResume(sessionID: "s", sequence: 8))
    }
}
