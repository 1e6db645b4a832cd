#if canImport(Glibc)
import Glibc
#endif
import CivilTime
import DiscordModels
import DiscordSandbox
import Logging
import ServiceLifecycle
import TestSupport
@testable import DiscordGateway

/// The session store a bot would keep in SQLite, held in memory: the gateway module owns no database.
actor MemorySessionStore: GatewaySessionStore {
    private(set) var session: GatewaySession?
    private(set) var saveCount = 0

    init(_ session: GatewaySession? = nil) {
        self.session = session
    }

    func load() -> GatewaySession? { session }

    func save(_ session: GatewaySession?) {
        self.session = session
        saveCount += 1
    }
}

/// A `GatewayService` running in a `ServiceGroup` against a sandbox, with every dispatch and every step of
/// its loop recorded. It runs on a manual clock: heartbeats, timeouts, backoff and identify spacing happen
/// only when a test advances time, after waiting for the step that shows the bot is waiting on it.
struct GatewayTestBot {
    let service: GatewayService
    let dispatches: AwaitableLog<GatewayDispatchEnvelope>
    let steps: AwaitableLog<GatewayStep>
    let store: MemorySessionStore
    /// The bot's clock (a `ManualBotClock` unless a measurement wants real time).
    let clock: any BotClock
    /// The interval the sandbox names in HELLO.
    let heartbeatInterval: Duration

    /// Quiet unless `GATEWAY_TEST_LOG` is set, which prints the service's connection and session events.
    static let logger: Logger = {
        guard getenv("GATEWAY_TEST_LOG") != nil else { return Logger(label: "gateway.test") { _ in SwiftLogNoOpLogHandler() } }
        var logger = Logger(label: "gateway.test", factory: { label in StreamLogHandler.standardError(label: label) })
        logger.logLevel = .debug
        return logger
    }()

    /// Predictable timings: jitter 0 makes the first heartbeat immediate and op 9 wait 1 s; on `clock`
    /// (manual by default) nothing else is timed until the test advances it.
    static func service(sandbox: DiscordSandbox, store: MemorySessionStore, token: String? = nil,
                        compress: Bool = false, clock: any BotClock = ManualBotClock(),
                        steps: AsyncStream<GatewayStep>.Continuation? = nil) -> GatewayService {
        let gatewayURL = sandbox.gatewayURL
        return GatewayService(
            configuration: GatewayConfiguration(token: token ?? sandbox.configuration.token, compress: compress,
                                                identifyReserve: 0, maxReconnectDelay: .seconds(2)),
            gatewayInfo: { GatewayBotInfo(url: gatewayURL) },
            sessionStore: store, clock: clock, jitter: .fixed(0), steps: steps, logger: logger)
    }

    /// Runs `body` while the bot is connected, then shuts the bot down gracefully (as SIGTERM would).
    static func run(sandbox: DiscordSandbox, store: MemorySessionStore = MemorySessionStore(), compress: Bool = false,
                    clock: any BotClock = ManualBotClock(), _ body: (GatewayTestBot) async throws -> Void) async throws {
        let (stepStream, stepContinuation) = AsyncStream.makeStream(of: GatewayStep.self)
        let service = service(sandbox: sandbox, store: store, compress: compress, clock: clock, steps: stepContinuation)
        let bot = GatewayTestBot(service: service, dispatches: AwaitableLog(defaultTimeout: .seconds(10)),
                                 steps: AwaitableLog(defaultTimeout: .seconds(10)), store: store, clock: clock,
                                 heartbeatInterval: sandbox.configuration.heartbeatInterval)
        let group = ServiceGroup(services: [service], logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            tasks.addTask {
                for await envelope in service.dispatches { await bot.dispatches.append(envelope) }
            }
            tasks.addTask {
                for await step in stepStream { await bot.steps.append(step) }
            }
            do {
                try await body(bot)
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    /// Waits until the bot has received the dispatch named `name` (the `occurrence`-th one, from 0).
    @discardableResult
    func received(_ name: String, occurrence: Int = 0, within timeout: Duration? = nil) async throws -> GatewayDispatchEnvelope {
        try await dispatches.first(occurrence: occurrence, within: timeout) { $0.dispatch.name == name }
    }

    /// The sequence numbers delivered so far, in delivery order.
    func deliveredSequences() async -> [Int] {
        await dispatches.all.compactMap(\.sequence)
    }

    /// Waits until the bot's loop has handled `event` (the `occurrence`-th time, from 0) and acted on it.
    @discardableResult
    func handled(_ event: GatewayEvent, occurrence: Int = 0) async throws -> GatewayStep {
        try await steps.first(occurrence: occurrence) { $0.event == event }
    }

    /// Moves the bot's manual clock forward, waking whatever timers it passes.
    func advance(by amount: Duration) {
        guard let manual = clock as? ManualBotClock else { preconditionFailure("advancing needs a ManualBotClock") }
        manual.advance(by: amount)
    }

    /// Moves the bot's clock one heartbeat interval forward: the next scheduled beat (or zombie check) is due.
    func advanceOneHeartbeat() {
        advance(by: heartbeatInterval)
    }

    /// Waits for the `occurrence`-th step (from 0) that delayed a connection attempt or a `/gateway/bot` call by
    /// more than zero, advances the clock by that delay, and returns it (so the test can check the delay too).
    @discardableResult
    func advanceThroughReconnectWait(occurrence: Int = 0) async throws -> Duration {
        let step = try await steps.first(occurrence: occurrence) { ($0.reconnectWait ?? .zero) > .zero }
        let wait = step.reconnectWait ?? .zero
        let remaining = step.at + wait - clock.now()
        if remaining > .zero { advance(by: remaining) }
        return wait
    }
}

extension GatewayStep {
    /// The wait before the next connection attempt or `/gateway/bot` call, when this step scheduled one.
    var reconnectWait: Duration? {
        for action in actions {
            switch action {
            case .connect(_, let delay), .fetchGatewayInfo(let delay): return delay
            default: continue
            }
        }
        return nil
    }
}

extension DiscordSandbox {
    /// Waits for the gateway event matching `predicate`, counting only events at index `after` or later.
    @discardableResult
    func gatewayEvent(after cursor: Int = 0, occurrence: Int = 0,
                      _ predicate: @escaping @Sendable (GatewayEventRecord.Kind) -> Bool) async throws -> GatewayEventRecord {
        try await gateway.events.first(after: cursor, occurrence: occurrence) { predicate($0.kind) }
    }

    /// How many gateway events have been recorded (a cursor for "after this point").
    func gatewayEventCount() async -> Int {
        await gateway.events.count
    }
}
