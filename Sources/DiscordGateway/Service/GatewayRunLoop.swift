import DiscordModels
import Logging
import NIOWebSocket
import WSClient

/// The service's single loop: feeds inputs to the state machine and carries out its actions.
///
/// Owned by one `run()` call; every long wait (connect, timer, `/gateway/bot`) is a child task of `group`
/// that reports back through `input`, so the loop itself only awaits socket writes and the session store.
struct GatewayRunLoop {
    var machine: GatewayStateMachine
    let environment: GatewayEnvironment
    var logger: Logger
    var connectionID = 0
    var abortCurrent: AsyncStream<Void>.Continuation?
    var outbound: WebSocketOutboundWriter?
    var timerGeneration = 0
    var pendingDispatch: GatewayDispatchEnvelope?
    var commands = GatewayCommandQueue()
    /// Set when the machine stopped on a fatal close code.
    var stopReason: GatewayStopReason?
    /// True once the loop should end.
    var finished = false

    init(environment: GatewayEnvironment, logger: Logger) {
        self.environment = environment
        self.logger = logger
        machine = GatewayStateMachine(
            jitter: environment.jitter,
            identifyReserve: environment.configuration.identifyReserve,
            backoffCap: environment.configuration.maxReconnectDelay)
    }

    /// Starts from the session the store kept (nil: identify).
    mutating func start(stored: GatewaySession?, group: inout DiscardingTaskGroup) async {
        if let stored {
            logger.info("gateway resuming stored session", metadata: ["gateway.session": "\(stored.sessionID)"])
        }
        await feed(.started(stored), group: &group)
    }

    /// Handles one input from the connection, a timer, `/gateway/bot` or shutdown.
    mutating func handle(_ input: GatewayServiceInput, group: inout DiscardingTaskGroup) async {
        switch input {
        case .connected(let id, let writer):
            guard id == connectionID else { return }
            outbound = writer
            logger.info("gateway connected")
            await feed(.connected, group: &group)
        case .frame(let id, let frame, let receivedAt):
            guard id == connectionID else { return }
            await received(frame, at: receivedAt, group: &group)
        case .ended(let id, let code, let error):
            guard id == connectionID else { return }
            await ended(closeCode: code, error: error, group: &group)
        case .gatewayInfo(let info):
            await feed(.gatewayInfo(url: info.url, budget: IdentifyBudget(info.sessionStartLimit)), group: &group)
        case .gatewayInfoFailed(let error):
            logger.warning("GET /gateway/bot failed", metadata: ["gateway.error": "\(error)"])
            if let gatewayError = error as? GatewayError, case .stopped(let reason) = gatewayError.code {
                await feed(.gatewayInfoRefused(reason), group: &group)
            } else {
                await feed(.gatewayInfoFailed, group: &group)
            }
        case .timer(let generation):
            guard generation == timerGeneration else { return }
            await feed(.timerFired, group: &group)
        case .command(let frame):
            commands.enqueue(frame)
            await sendCommands(group: &group)
        case .commandSlot:
            commands.slotTimerArmed = false
            await sendCommands(group: &group)
        case .shutdown:
            logger.info("gateway shutting down, keeping the session resumable")
            await feed(.shutdownRequested, group: &group)
        }
    }

    private mutating func received(_ frame: DecodedGatewayFrame, at receivedAt: Duration,
                                   group: inout DiscardingTaskGroup) async {
        switch frame {
        case .undecodable(let reason):
            logger.warning("gateway frame skipped", metadata: ["gateway.error": "\(reason)"])
        case .message(let message):
            guard let event = GatewayFrameCodec.event(for: message) else {
                logger.debug("gateway message ignored", metadata: ["gateway.message": "\(message)"])
                return
            }
            if case .dispatch(let sequence, let dispatch) = message {
                if case .undecodable(let name, let error) = dispatch {
                    // Tracked for the sequence, but not delivered: the bot cannot act on half an event.
                    logger.warning("gateway dispatch skipped", metadata: ["gateway.event": "\(name)", "gateway.error": "\(error)"])
                } else {
                    pendingDispatch = GatewayDispatchEnvelope(sequence: sequence, dispatch: dispatch, receivedAt: receivedAt)
                }
            }
            if case .heartbeatACK = event { environment.heartbeatLatency.acknowledged(at: receivedAt) }
            logSessionEvent(event)
            await feed(event, group: &group)
            pendingDispatch = nil
        }
    }

    private mutating func logSessionEvent(_ event: GatewayEvent) {
        switch event {
        case .ready(let sessionID, _, _):
            logger[metadataKey: "gateway.session"] = "\(sessionID)"
            logger.info("gateway ready: new session")
        case .resumed(let sequence):
            logger.info("gateway resumed", metadata: ["gateway.sequence": "\(sequence.map(String.init) ?? "none")"])
        case .reconnectRequested:
            logger.info("gateway asked to reconnect (op 7)")
        case .invalidSession(let resumable):
            logger.warning("gateway session invalidated (op 9)", metadata: ["gateway.resumable": "\(resumable)"])
        default:
            break
        }
    }

    private mutating func ended(closeCode: Int?, error: (any Error)?, group: inout DiscardingTaskGroup) async {
        let wasOpen = outbound != nil
        outbound = nil
        abortCurrent = nil
        var metadata: Logger.Metadata = ["gateway.close_code": "\(closeCode.map(String.init) ?? "none")"]
        if let error { metadata["gateway.error"] = "\(error)" }
        logger.info(wasOpen ? "gateway connection closed" : "gateway connect failed", metadata: metadata)
        await feed(wasOpen ? .closed(code: closeCode) : .connectFailed, group: &group)
    }

    private mutating func feed(_ event: GatewayEvent, group: inout DiscardingTaskGroup) async {
        let now = environment.clock.now()
        let actions = machine.handle(event, at: now)
        environment.liveness.isLive = machine.isLive
        for action in actions {
            await perform(action, at: now, group: &group)
        }
        if machine.isLive, !commands.isEmpty {
            await sendCommands(group: &group)
        }
        environment.steps?.yield(GatewayStep(event: event, at: now, actions: actions))
    }
}
