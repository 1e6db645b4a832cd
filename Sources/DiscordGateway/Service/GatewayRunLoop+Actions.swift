import Logging
import NIOWebSocket
import WSClient

extension GatewayRunLoop {
    /// Carries out one decision the state machine made at `now`; relative waits count from `now`.
    mutating func perform(_ action: GatewayAction, at now: Duration, group: inout DiscardingTaskGroup) async {
        switch action {
        case .fetchGatewayInfo(let delay):
            let environment = environment
            group.addTask { await environment.fetchGatewayInfo(notBefore: now + delay) }
        case .connect(let url, let delay):
            openConnection(url: url, notBefore: now + delay, group: &group)
        case .sendIdentify:
            logger.info("gateway identifying")
            await write(GatewayFrameCodec.identify(environment.configuration))
        case .sendResume(let sessionID, let sequence):
            logger.info("gateway resuming", metadata: ["gateway.session": "\(sessionID)", "gateway.sequence": "\(sequence)"])
            await write(GatewayFrameCodec.resume(token: environment.configuration.token, sessionID: sessionID, sequence: sequence))
        case .sendHeartbeat(let sequence):
            environment.heartbeatLatency.heartbeatSent(at: environment.clock.now())
            await write(GatewayFrameCodec.heartbeat(sequence: sequence))
        case .scheduleTimer(let deadline):
            armTimer(at: deadline, group: &group)
        case .cancelTimer:
            timerGeneration += 1
        case .close(let code):
            logger.info("gateway closing", metadata: ["gateway.close_code": "\(code)"])
            try? await outbound?.close(WebSocketErrorCode(codeNumber: code), reason: String?.none)
        case .abortConnection:
            logger.warning("gateway connection aborted")
            abortCurrent?.finish()
        case .persist(let session):
            await environment.sessionStore.save(session)
        case .deliverDispatch:
            if let pendingDispatch { environment.dispatches.yield(pendingDispatch) }
        case .stop(let reason):
            logger.critical("gateway stopped", metadata: ["gateway.stop_reason": "\(reason)"])
            stopReason = reason
            finished = true
        case .finish:
            logger.info("gateway finished")
            finished = true
        }
    }

    private mutating func openConnection(url: String, notBefore: Duration, group: inout DiscardingTaskGroup) {
        connectionID += 1
        outbound = nil
        let (abort, abortContinuation) = AsyncStream.makeStream(of: Void.self)
        abortCurrent = abortContinuation
        var connectionLogger = logger
        connectionLogger[metadataKey: "gateway.connection"] = "\(connectionID)"
        let connection = GatewayConnection(
            id: connectionID,
            url: GatewayURL.connectionURL(base: url, compress: environment.configuration.compress),
            notBefore: notBefore,
            clock: environment.clock,
            configuration: environment.configuration,
            logger: connectionLogger,
            input: environment.input,
            abort: abort)
        logger[metadataKey: "gateway.connection"] = "\(connectionID)"
        group.addTask { await connection.run() }
    }

    private mutating func armTimer(at deadline: Duration, group: inout DiscardingTaskGroup) {
        timerGeneration += 1
        let generation = timerGeneration
        let input = environment.input
        let clock = environment.clock
        group.addTask {
            guard (try? await clock.sleep(until: deadline)) != nil else { return }
            input.yield(.timer(generation: generation))
        }
    }

    /// Writes one text frame; a failed write is logged, the connection's end is reported separately.
    func write(_ frame: String) async {
        guard let outbound else { return }
        if frame.utf8.count > GatewayFrameCodec.maxPayloadSize {
            logger.error("\(GatewayError(.payloadTooLarge(bytes: frame.utf8.count)))")
        }
        do {
            try await outbound.writeTextMessage(frame)
        } catch {
            logger.warning("gateway write failed", metadata: ["gateway.error": "\(error)"])
        }
    }

    /// Sends queued bot commands while the send limit allows, then arms a wake-up for the next slot.
    mutating func sendCommands(group: inout DiscardingTaskGroup) async {
        while machine.isLive, let frame = commands.peek() {
            let now = environment.clock.now()
            if let wait = machine.acquireCommandSlot(at: now) {
                armCommandSlot(until: now + wait, group: &group)
                return
            }
            commands.removeFirst()
            await write(frame)
        }
    }

    private mutating func armCommandSlot(until deadline: Duration, group: inout DiscardingTaskGroup) {
        guard !commands.slotTimerArmed else { return }
        commands.slotTimerArmed = true
        let input = environment.input
        let clock = environment.clock
        group.addTask {
            guard (try? await clock.sleep(until: deadline)) != nil else { return }
            input.yield(.commandSlot)
        }
    }
}
