#if canImport(Glibc)
import Glibc
#endif
import DiscordModels
import DiscordSandbox
import Logging
import ServiceLifecycle
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

/// A `GatewayService` running in a `ServiceGroup` against a sandbox, with every dispatch recorded.
struct GatewayTestBot {
    let service: GatewayService
    let dispatches: AwaitableLog<GatewayDispatchEnvelope>
    let store: MemorySessionStore

    /// Quiet unless `GATEWAY_TEST_LOG` is set, which prints the service's connection and session events.
    static let logger: Logger = {
        guard getenv("GATEWAY_TEST_LOG") != nil else { return Logger(label: "gateway.test") { _ in SwiftLogNoOpLogHandler() } }
        var logger = Logger(label: "gateway.test", factory: { label in StreamLogHandler.standardError(label: label) })
        logger.logLevel = .debug
        return logger
    }()

    /// Short, predictable timings: jitter 0 makes the first heartbeat immediate and op 9 waits 1 s.
    static func service(sandbox: DiscordSandbox, store: MemorySessionStore, token: String? = nil,
                        compress: Bool = false) -> GatewayService {
        let gatewayURL = sandbox.gatewayURL
        return GatewayService(
            configuration: GatewayConfiguration(token: token ?? sandbox.configuration.token, compress: compress,
                                                identifyReserve: 0, maxReconnectDelay: .seconds(2)),
            gatewayInfo: { GatewayBotInfo(url: gatewayURL) },
            sessionStore: store, jitter: .fixed(0), logger: logger)
    }

    /// Runs `body` while the bot is connected, then shuts the bot down gracefully (as SIGTERM would).
    static func run(sandbox: DiscordSandbox, store: MemorySessionStore = MemorySessionStore(), compress: Bool = false,
                    _ body: (GatewayTestBot) async throws -> Void) async throws {
        let service = service(sandbox: sandbox, store: store, compress: compress)
        let bot = GatewayTestBot(service: service, dispatches: AwaitableLog(defaultTimeout: .seconds(10)), store: store)
        let group = ServiceGroup(services: [service], logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            tasks.addTask {
                for await envelope in service.dispatches { await bot.dispatches.append(envelope) }
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

extension DiscordSandbox {
    /// Runs `body` against a sandbox with a 200 ms heartbeat, stopping it afterwards.
    static func withFastSandbox(_ body: (DiscordSandbox) async throws -> Void) async throws {
        try await withSandbox(SandboxConfiguration(heartbeatInterval: .milliseconds(200)), body)
    }
}
