import Testing
@testable import DiscordGateway

@Suite("GatewayStateMachine: handshake, heartbeats, sequence")
struct GatewayStateMachineTests {
    typealias H = GatewayMachineHarness

    @Test func freshStartFetchesGatewayThenIdentifiesAfterHello() {
        var h = H()
        #expect(h.send(.started(nil)) == [.fetchGatewayInfo(after: .zero)])
        #expect(h.send(.gatewayInfo(url: H.gatewayURL, budget: H.budget)) == H.connect(H.gatewayURL, after: .zero, at: h.now))
        #expect(h.send(.connected, after: .seconds(1)) == [.scheduleTimer(at: .seconds(21))])
        // First heartbeat at interval × jitter (½ of 40 s), measured from HELLO.
        #expect(h.send(.hello(heartbeatInterval: H.interval)) == [.scheduleTimer(at: .seconds(21)), .sendIdentify])
        let ready = h.send(.ready(sessionID: "s1", resumeURL: H.resumeURL, sequence: 1))
        let session = GatewaySession(sessionID: "s1", sequence: 1, resumeURL: H.resumeURL)
        #expect(ready == [.persist(session), .deliverDispatch])
        #expect(h.machine.isLive)
    }

    @Test func storedSessionResumesAgainstItsResumeURLWithoutFetching() {
        var h = H()
        let stored = GatewaySession(sessionID: "old", sequence: 42, resumeURL: H.resumeURL)
        #expect(h.send(.started(stored)) == H.connect(H.resumeURL, after: .zero, at: h.now))
        h.send(.connected)
        #expect(h.send(.hello(heartbeatInterval: H.interval)).last == .sendResume(sessionID: "old", sequence: 42))
        #expect(h.send(.dispatch(sequence: 43)) == [.deliverDispatch])
        #expect(h.send(.resumed(sequence: nil)) == [.persist(GatewaySession(sessionID: "old", sequence: 43, resumeURL: H.resumeURL)), .deliverDispatch])
    }

    @Test func heartbeatCarriesLastSequenceAndRepeatsEveryInterval() {
        var h = H.live()
        h.send(.dispatch(sequence: 7))
        let first = h.send(.timerFired, after: .seconds(20))
        #expect(first.prefix(2) == [.sendHeartbeat(sequence: 7), .scheduleTimer(at: .seconds(60))])
        h.send(.heartbeatACK, after: .milliseconds(50))
        #expect(h.send(.timerFired, after: .seconds(40) - .milliseconds(50)).prefix(2) == [.sendHeartbeat(sequence: 7), .scheduleTimer(at: .seconds(100))])
    }

    @Test func heartbeatPersistsTheSequenceOnlyWhenItMoved() {
        var h = H.live()
        #expect(h.send(.timerFired, after: .seconds(20)) == [.sendHeartbeat(sequence: 1), .scheduleTimer(at: .seconds(60))])
        h.send(.heartbeatACK)
        h.send(.dispatch(sequence: 9))
        #expect(h.send(.timerFired, after: .seconds(40)).last == .persist(GatewaySession(sessionID: "s1", sequence: 9, resumeURL: H.resumeURL)))
    }

    @Test func missedACKIsAZombieClosedResumablyAndResumed() {
        var h = H.live()
        h.send(.timerFired, after: .seconds(20))
        // No ACK before the next beat: close with a non-1000 code at once.
        let zombie = h.send(.timerFired, after: .seconds(40))
        #expect(zombie == [.close(code: 4900), .scheduleTimer(at: .seconds(65))])
        #expect(h.send(.closed(code: 4900)) == [.cancelTimer] + H.connect(H.resumeURL, after: .zero, at: h.now))
        h.send(.connected)
        #expect(h.send(.hello(heartbeatInterval: H.interval)).last == .sendResume(sessionID: "s1", sequence: 1))
    }

    @Test func serverHeartbeatRequestIsAnsweredImmediately() {
        var h = H.live()
        h.send(.dispatch(sequence: 3))
        #expect(h.send(.heartbeatRequested, after: .seconds(2)) == [.sendHeartbeat(sequence: 3)])
        // It neither arms the zombie check nor moves the schedule.
        #expect(h.send(.timerFired, after: .seconds(18)).first == .sendHeartbeat(sequence: 3))
    }

    @Test func earlyTimerReschedulesToTheHeartbeatDeadline() {
        var h = H.live()
        #expect(h.send(.timerFired, after: .seconds(5)) == [.scheduleTimer(at: .seconds(20))])
    }

    @Test func helloTimeoutClosesAndRetries() {
        var h = H()
        h.send(.started(nil))
        h.send(.gatewayInfo(url: H.gatewayURL, budget: H.budget))
        h.send(.connected)
        #expect(h.send(.timerFired, after: .seconds(20)) == [.close(code: 4900), .scheduleTimer(at: .seconds(25))])
        #expect(h.send(.closed(code: nil)) == [.cancelTimer, .fetchGatewayInfo(after: .zero)])
    }

    @Test func hungConnectIsAbortedAndRetriedWithBackoff() {
        var h = H()
        h.send(.started(GatewaySession(sessionID: "s", sequence: 2, resumeURL: H.resumeURL)))
        // TCP, TLS or the upgrade never completes: WSClient would wait forever.
        #expect(h.send(.timerFired, after: GatewayStateMachine.connectTimeout) == [.abortConnection])
        // The aborted connection reports its end as a failed attempt.
        #expect(h.send(.connectFailed) == [.fetchGatewayInfo(after: .zero)])
    }

    @Test func hungCloseIsAborted() {
        var h = H.live()
        h.send(.reconnectRequested)
        #expect(h.send(.timerFired, after: .seconds(5)) == [.abortConnection])
    }

    @Test func newSessionResetsTheSequence() {
        var h = H.live()
        h.send(.dispatch(sequence: 50))
        h.send(.closed(code: 4009))
        #expect(h.machine.sequence == nil)
        #expect(h.machine.session == nil)
    }

    @Test func gracefulShutdownClosesResumablyAndKeepsTheSession() {
        var h = H.live()
        h.send(.dispatch(sequence: 5))
        let session = GatewaySession(sessionID: "s1", sequence: 5, resumeURL: H.resumeURL)
        #expect(h.send(.shutdownRequested) == [.persist(session), .close(code: 4900), .scheduleTimer(at: .seconds(5))])
        #expect(h.send(.closed(code: 4900)) == [.cancelTimer, .finish])
        #expect(h.machine.isTerminated)
    }

    @Test func resumedArrivingAfterShutdownBeganStillFinishesOnClose() {
        var h = GatewayMachineHarness()
        h.send(.started(GatewaySession(sessionID: "s1", sequence: 2, resumeURL: H.resumeURL)))
        h.send(.connected)
        h.send(.hello(heartbeatInterval: H.interval))
        h.send(.shutdownRequested)
        h.send(.resumed(sequence: 3))
        h.send(.dispatch(sequence: 3))
        let afterClose = h.send(.closed(code: 1000))
        #expect(afterClose.last == .finish)
        #expect(!afterClose.contains { if case .connect = $0 { true } else { false } })
        #expect(h.machine.isTerminated)
    }

    @Test func shutdownWhileWaitingToReconnectFinishesAtOnce() {
        var h = H()
        h.send(.started(nil))
        #expect(h.send(.shutdownRequested) == [.cancelTimer, .finish])
    }

    @Test func shutdownWhileConnectingAbortsThenFinishes() {
        var h = H()
        h.send(.started(nil))
        h.send(.gatewayInfo(url: H.gatewayURL, budget: H.budget))
        #expect(h.send(.shutdownRequested) == [.abortConnection])
        #expect(h.send(.connectFailed) == [.cancelTimer, .finish])
    }
}
