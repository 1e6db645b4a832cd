@testable import DiscordGateway

/// Drives a `GatewayStateMachine` through events at given times, with jitter fixed at ½.
struct GatewayMachineHarness {
    static let gatewayURL = "wss://gateway.test"
    static let resumeURL = "wss://resume.test"
    static let interval: Duration = .seconds(40)
    static let budget = IdentifyBudget(total: 1000, remaining: 1000, resetAfter: .seconds(86_400), maxConcurrency: 1)

    var machine: GatewayStateMachine
    var now: Duration = .zero

    init(identifyReserve: Int = 5) {
        machine = GatewayStateMachine(jitter: .fixed(0.5), identifyReserve: identifyReserve)
    }

    /// The actions opening a socket to `url` after `delay`, with its connect deadline.
    static func connect(_ url: String, after delay: Duration, at now: Duration) -> [GatewayAction] {
        [.connect(url: url, after: delay), .scheduleTimer(at: now + delay + GatewayStateMachine.connectTimeout)]
    }

    /// Feeds one event at the current time.
    @discardableResult
    mutating func send(_ event: GatewayEvent) -> [GatewayAction] {
        machine.handle(event, at: now)
    }

    /// Feeds one event after advancing the clock.
    @discardableResult
    mutating func send(_ event: GatewayEvent, after elapsed: Duration) -> [GatewayAction] {
        now += elapsed
        return machine.handle(event, at: now)
    }

    /// Given: a fresh start that identified and received READY at sequence 1.
    static func live() -> GatewayMachineHarness {
        var h = GatewayMachineHarness()
        h.send(.started(nil))
        h.send(.gatewayInfo(url: gatewayURL, budget: budget))
        h.send(.connected)
        h.send(.hello(heartbeatInterval: interval))
        h.send(.ready(sessionID: "s1", resumeURL: resumeURL, sequence: 1))
        return h
    }

    /// Given: a live session whose socket is closing after `event`, and the close then completes.
    mutating func closeAfter(_ event: GatewayEvent) -> [GatewayAction] {
        send(event)
        return send(.closed(code: GatewayStateMachine.resumableCloseCode))
    }
}
