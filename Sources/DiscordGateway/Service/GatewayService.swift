import CivilTime
import DiscordModels
import Logging
import ServiceLifecycle

/// The Discord gateway as a `Service`: connects, identifies or resumes, heartbeats, reconnects, and hands every
/// dispatch to the bot through `dispatches` without ever blocking the socket reader.
///
/// Run it in the bot's `ServiceGroup`: graceful shutdown closes with a resumable code and keeps the session in
/// the store, so the next start resumes. A fatal close (bad token, disallowed intents) makes `run()` throw a
/// `GatewayError` whose description tells the operator what to fix.
public final class GatewayService: Service {
    /// Every dispatch, in order, READY and RESUMED included; finishes when the service ends.
    public let dispatches: AsyncStream<GatewayDispatchEnvelope>
    private let environment: GatewayEnvironment
    private let inputs: AsyncStream<GatewayServiceInput>
    private let logger: Logger

    /// Creates the service; `gatewayInfo` is REST's `GET /gateway/bot` (throwing a `.stopped` `GatewayError`
    /// for a refusal retrying cannot fix, such as a 401), `sessionStore` keeps the session across restarts,
    /// `clock` times heartbeats, timeouts, backoff and identify spacing (the bot's one clock).
    public convenience init(configuration: GatewayConfiguration,
                            gatewayInfo: @escaping @Sendable () async throws -> GatewayBotInfo,
                            sessionStore: any GatewaySessionStore,
                            clock: any BotClock = SystemBotClock(),
                            logger: Logger) {
        self.init(configuration: configuration, gatewayInfo: gatewayInfo, sessionStore: sessionStore,
                  clock: clock, jitter: .system, steps: nil, logger: logger)
    }

    /// Creates the service with injected jitter and, for tests that drive a manual clock, a report of every step.
    init(configuration: GatewayConfiguration,
         gatewayInfo: @escaping @Sendable () async throws -> GatewayBotInfo,
         sessionStore: any GatewaySessionStore,
         clock: any BotClock,
         jitter: GatewayJitter,
         steps: AsyncStream<GatewayStep>.Continuation?,
         logger: Logger) {
        let (inputs, input) = AsyncStream.makeStream(of: GatewayServiceInput.self)
        let (dispatches, dispatchContinuation) = AsyncStream.makeStream(of: GatewayDispatchEnvelope.self)
        self.inputs = inputs
        self.dispatches = dispatches
        self.logger = logger
        environment = GatewayEnvironment(
            configuration: configuration, clock: clock, gatewayInfo: gatewayInfo, sessionStore: sessionStore,
            jitter: jitter, heartbeatLatency: HeartbeatLatency(), liveness: GatewayLiveness(), input: input,
            dispatches: dispatchContinuation, steps: steps)
    }

    /// Runs until graceful shutdown (returns) or a fatal close code (throws `GatewayError.Code.stopped`).
    public func run() async throws {
        let stored = await environment.sessionStore.load()
        let input = environment.input
        let stopReason = await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                var loop = GatewayRunLoop(environment: environment, logger: logger)
                await loop.start(stored: stored, group: &group)
                for await next in inputs {
                    await loop.handle(next, group: &group)
                    if loop.finished { break }
                }
                group.cancelAll()
                return loop.stopReason
            }
        } onGracefulShutdown: {
            input.yield(.shutdown)
        }
        environment.dispatches.finish()
        environment.steps?.finish()
        if let stopReason {
            throw GatewayError(.stopped(stopReason))
        }
    }

    /// Whether a session is established right now (READY or RESUMED on the current connection):
    /// what the health endpoint reports.
    public var isLive: Bool { environment.liveness.isLive }

    /// The last heartbeat's round trip (send to ACK); nil until the first ACK.
    public var heartbeatLatency: Duration? { environment.heartbeatLatency.latest }

    /// Sets the bot's presence, within the gateway send limit (queued while disconnected).
    public func updatePresence(_ presence: UpdatePresence) {
        environment.input.yield(.command(GatewayFrameCodec.text(of: .updatePresence(presence))))
    }

    /// Requests member chunks, within the gateway send limit (queued while disconnected).
    public func requestGuildMembers(_ request: RequestGuildMembers) {
        environment.input.yield(.command(GatewayFrameCodec.text(of: .requestGuildMembers(request))))
    }
}
