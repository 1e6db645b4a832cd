import Testing
@testable import DiscordGateway

@Suite("GatewayStateMachine: identify budget, identify spacing, send limit")
struct GatewayLimitsTests {
    typealias H = GatewayMachineHarness

    @Test func exhaustedDailyBudgetWaitsForTheResetThenRefetches() {
        var h = H(identifyReserve: 5)
        h.send(.started(nil))
        let low = IdentifyBudget(total: 1000, remaining: 5, resetAfter: .seconds(3600), maxConcurrency: 1)
        #expect(h.send(.gatewayInfo(url: H.gatewayURL, budget: low)) == [.fetchGatewayInfo(after: .seconds(3600))])
        let refilled = IdentifyBudget(total: 1000, remaining: 1000, resetAfter: .seconds(86_400), maxConcurrency: 1)
        #expect(h.send(.gatewayInfo(url: H.gatewayURL, budget: refilled), after: .seconds(3600)) == H.connect(H.gatewayURL, after: .zero, at: h.now))
    }

    @Test func budgetIsCountedDownLocallyBetweenFetches() {
        var h = H(identifyReserve: 0)
        h.send(.started(nil))
        let one = IdentifyBudget(total: 1000, remaining: 1, resetAfter: .seconds(600), maxConcurrency: 1)
        h.send(.gatewayInfo(url: H.gatewayURL, budget: one))
        h.send(.connected)
        h.send(.hello(heartbeatInterval: H.interval))
        h.send(.closed(code: 4009), after: .seconds(10))
        // The fetch would normally refresh the count; a stale one still says zero are left.
        #expect(h.machine.identifyThrottle.exhaustedFor(at: h.now) == .seconds(590))
    }

    @Test(arguments: [(1, Duration.seconds(4)), (2, .milliseconds(1500)), (16, .zero)])
    func identifiesAreSpacedByTheConcurrencyWindow(maxConcurrency: Int, wait: Duration) {
        var h = H()
        let budget = IdentifyBudget(total: 1000, remaining: 900, resetAfter: .seconds(600), maxConcurrency: maxConcurrency)
        h.send(.started(nil))
        h.send(.gatewayInfo(url: H.gatewayURL, budget: budget))
        h.send(.connected)
        h.send(.hello(heartbeatInterval: H.interval))
        h.send(.closed(code: 4007), after: .seconds(1))
        #expect(h.send(.gatewayInfo(url: H.gatewayURL, budget: budget)) == H.connect(H.gatewayURL, after: wait, at: h.now))
    }

    @Test func commandsLeaveSlotsForHeartbeats() {
        var h = H.live()
        // 40 s interval: ceil(60/40) + 1 heartbeats + 1 identify/resume are held back; IDENTIFY used one slot.
        var granted = 0
        while h.machine.acquireCommandSlot(at: h.now) == nil { granted += 1 }
        #expect(granted == 120 - 4 - 1)
        // Heartbeats still go out when commands are blocked.
        #expect(h.send(.timerFired, after: .seconds(20)).first == .sendHeartbeat(sequence: 1))
    }

    @Test func blockedCommandWaitsUntilTheOldestSendLeavesTheWindow() {
        var h = H.live()
        while h.machine.acquireCommandSlot(at: h.now) == nil {}
        h.now += .seconds(30)
        #expect(h.machine.acquireCommandSlot(at: h.now) == .seconds(30))
        h.now += .seconds(30)
        #expect(h.machine.acquireCommandSlot(at: h.now) == nil)
    }

    @Test func aNewConnectionStartsANewSendWindow() {
        var h = H.live()
        while h.machine.acquireCommandSlot(at: h.now) == nil {}
        h.send(.closed(code: 4000))
        h.send(.connected)
        #expect(h.machine.acquireCommandSlot(at: h.now) == nil)
    }
}
