import DiscordModels
import Hummingbird
import Logging

/// A local Discord stand-in on 127.0.0.1: the gateway and the REST API the bot uses, over an
/// in-memory guild, recording everything the bot sends so tests can await and inspect it.
///
/// ```swift
/// try await DiscordSandbox.withSandbox(SandboxConfiguration(heartbeatInterval: .milliseconds(200))) { sandbox in
///     // point the bot at sandbox.apiBase with sandbox.configuration.token, start it, then:
///     try await sandbox.gateway.identified()
///     let raider = try #require(await sandbox.guild.member(named: "raider_rin"))
///     let reply = try await sandbox.run(command: "headcount", options: [.string("dungeon", "shatters")], as: raider)
///     #expect(try await reply.callback.type == 5)
///     await sandbox.gateway.closeConnection(code: 4000)          // fault: the bot must resume
///     #expect(try await sandbox.gateway.resumed() >= 0)
/// }
/// ```
public final class DiscordSandbox: Sendable {
    /// The configuration it was started with.
    public let configuration: SandboxConfiguration
    /// The in-memory guild (seed it, read it).
    public let guild: SandboxGuild
    /// The gateway: sessions, dispatches and fault injection.
    public let gateway: GatewayHub
    /// Every REST request, in arrival order.
    public let requests: AwaitableLog<RecordedRequest>
    /// Every answer the bot gave to an interaction (callbacks, follow-ups, @original edits).
    public let interactionEvents: AwaitableLog<InteractionEvent>
    /// The bound port.
    public let port: Int
    /// The REST base to give the bot, e.g. `http://127.0.0.1:PORT/api/v10`.
    public var apiBase: String { "http://127.0.0.1:\(port)/api/v10" }
    /// The gateway URL `GET /gateway/bot` returns, e.g. `ws://127.0.0.1:PORT/gateway`.
    public var gatewayURL: String { "ws://127.0.0.1:\(port)/gateway" }
    /// The URL READY gives as `resume_gateway_url` (a different path, so tests see which one the bot used).
    public var resumeGatewayURL: String { "ws://127.0.0.1:\(port)/resume" }

    let ledger: InteractionLedger
    let faults: RouteFaultScript
    private let server: Task<Void, any Error>

    private init(configuration: SandboxConfiguration, parts: Parts, port: Int, server: Task<Void, any Error>) {
        self.configuration = configuration
        self.guild = parts.guild
        self.gateway = parts.hub
        self.requests = parts.recorder
        self.ledger = parts.ledger
        self.interactionEvents = parts.ledger.events
        self.faults = parts.faults
        self.port = port
        self.server = server
    }

    /// Starts a sandbox on 127.0.0.1 (an ephemeral port unless configured); call `stop()` when done.
    ///
    /// The server runs in the one unstructured task this type owns (a test fixture outlives the
    /// call that starts it); `stop()` cancels and awaits it, and `withSandbox` offers the scoped form.
    public static func start(_ configuration: SandboxConfiguration = SandboxConfiguration()) async throws -> DiscordSandbox {
        let parts = await Parts(configuration: configuration)
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let application = SandboxServer.application(
            pipeline: parts.pipeline, socket: parts.socket, port: configuration.port, logger: configuration.logger,
            extraRoutes: configuration.routes,
            onPort: { port in portSink.yield(port); portSink.finish() })
        let server = Task {
            defer { portSink.finish() }
            try await application.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            server.cancel()
            let failure = await server.result
            throw SandboxError(.startFailed, "could not bind 127.0.0.1", underlying: failureCause(failure))
        }
        await parts.hub.setURLs(gateway: "ws://127.0.0.1:\(port)/gateway", resume: "ws://127.0.0.1:\(port)/resume")
        return DiscordSandbox(configuration: configuration, parts: parts, port: port, server: server)
    }

    /// Runs `body` against a fresh sandbox and stops it afterwards, even when `body` throws.
    @discardableResult
    public static func withSandbox<Result: Sendable>(
        _ configuration: SandboxConfiguration = SandboxConfiguration(),
        _ body: (DiscordSandbox) async throws -> Result
    ) async throws -> Result {
        let sandbox = try await start(configuration)
        do {
            let result = try await body(sandbox)
            await sandbox.stop()
            return result
        } catch {
            await sandbox.stop()
            throw error
        }
    }

    /// Closes gateway sockets (code 1001) and shuts the server down.
    public func stop() async {
        await gateway.closeAll(code: 1001)
        server.cancel()
        _ = await server.result
    }

    // MARK: Recording

    /// Every REST request so far (the hook for validating bodies against the OpenAPI spec).
    public var recordedRequests: [RecordedRequest] { get async { await requests.all } }

    /// The first request (already received or still to come) matching `predicate`, from the
    /// `after`-th request on (`recordedRequests.count` taken before acting: only what followed).
    public func firstRequest(after cursor: Int = 0, within timeout: Duration? = nil,
                             matching predicate: @escaping @Sendable (RecordedRequest) -> Bool) async throws -> RecordedRequest {
        try await requests.first(after: cursor, within: timeout, matching: predicate)
    }

    /// The next request received after this call that matches `predicate`.
    public func nextRequest(matching predicate: @escaping @Sendable (RecordedRequest) -> Bool) async throws -> RecordedRequest {
        try await requests.next(matching: predicate)
    }

    /// The member who sent interaction `id` (the one who sees its ephemeral answers), if the
    /// sandbox sent it.
    public func member(causing id: Snowflake) async -> Snowflake? { await ledger.entry(id)?.memberID }

    // MARK: Faults

    /// Scripts a fault for the next `count` requests matching `selector`.
    public func inject(_ fault: RouteFault, on selector: RouteSelector = .any, count: Int = 1) async {
        await faults.inject(fault, on: selector, count: count)
    }

    /// Drops every scripted fault not yet consumed.
    public func clearFaults() async { await faults.clear() }

    private static func failureCause(_ result: Result<Void, any Error>) -> (any Error)? {
        if case .failure(let error) = result { return error }
        return nil
    }
}

/// The sandbox's collaborators, wired once.
private struct Parts {
    let guild: SandboxGuild
    let hub: GatewayHub
    let ledger: InteractionLedger
    let recorder: AwaitableLog<RecordedRequest>
    let faults: RouteFaultScript
    let pipeline: RESTPipeline
    let socket: GatewaySocket

    init(configuration: SandboxConfiguration) async {
        guild = await SandboxGuild(configuration: configuration)
        hub = GatewayHub(configuration: configuration, guild: guild)
        ledger = InteractionLedger(deadline: configuration.callbackDeadline, waitTimeout: configuration.waitTimeout)
        recorder = AwaitableLog(defaultTimeout: configuration.waitTimeout)
        faults = RouteFaultScript()
        let world = RESTWorld(configuration: configuration, guild: guild, hub: hub, ledger: ledger)
        pipeline = RESTPipeline(world: world, recorder: recorder, faults: faults)
        socket = GatewaySocket(hub: hub, maxInboundBytes: 1 << 20)
    }
}
