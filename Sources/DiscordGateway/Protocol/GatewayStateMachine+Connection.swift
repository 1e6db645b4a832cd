extension GatewayStateMachine {
    // MARK: - Starting and connecting

    mutating func start(_ stored: GatewaySession?, at now: Duration) -> [GatewayAction] {
        session = stored
        persistedSession = stored
        sequence = stored?.sequence
        return planConnection(stored == nil ? .identify : .resume, delay: .zero, at: now)
    }

    /// Chooses the next connection: resume straight to the session's URL, otherwise fetch `/gateway/bot` first.
    mutating func planConnection(_ handshake: Handshake, delay: Duration, at now: Duration) -> [GatewayAction] {
        if handshake == .resume, let session, let url = session.resumeURL ?? gatewayURL {
            phase = .connecting(.resume)
            return connect(url, after: delay, at: now)
        }
        let next: Handshake = session == nil ? .identify : handshake
        phase = .fetchingGatewayInfo(next)
        return [.fetchGatewayInfo(after: delay)]
    }

    mutating func gatewayInfoArrived(url: String, budget: IdentifyBudget, at now: Duration) -> [GatewayAction] {
        guard case .fetchingGatewayInfo(let handshake) = phase else { return [] }
        gatewayURL = url
        identifyThrottle.update(budget, at: now)
        if handshake == .resume {
            phase = .connecting(.resume)
            return connect(url, after: .zero, at: now)
        }
        if let wait = identifyThrottle.exhaustedFor(at: now) {
            return [.fetchGatewayInfo(after: wait)]
        }
        phase = .connecting(.identify)
        return connect(url, after: identifyThrottle.spacing(at: now), at: now)
    }

    /// Opens a socket after `delay`, with a deadline for the connection to come up.
    private func connect(_ url: String, after delay: Duration, at now: Duration) -> [GatewayAction] {
        [.connect(url: url, after: delay), .scheduleTimer(at: now + delay + Self.connectTimeout)]
    }

    mutating func gatewayInfoFailed() -> [GatewayAction] {
        guard case .fetchingGatewayInfo = phase else { return [] }
        return [.fetchGatewayInfo(after: backoff.nextDelay(jitter: jitter))]
    }

    mutating func connected(at now: Duration) -> [GatewayAction] {
        guard case .connecting(let handshake) = phase else { return [] }
        phase = .awaitingHello(handshake)
        sendLimiter.reset()
        awaitingACK = false
        return [.scheduleTimer(at: now + Self.helloTimeout)]
    }

    mutating func connectFailed(at now: Duration) -> [GatewayAction] {
        if phase == .waitingToFinish {
            phase = .stopped
            return [.cancelTimer] + persistIfChanged() + [.finish]
        }
        guard case .connecting(let handshake) = phase else { return [] }
        if handshake == .resume, session?.resumeURL != nil {
            // Discord: when the resume URL cannot be reached, resume through the original gateway URL.
            session?.resumeURL = nil
        }
        return planConnection(handshake, delay: backoff.nextDelay(jitter: jitter), at: now)
    }

    // MARK: - Handshake

    mutating func hello(interval: Duration, at now: Duration) -> [GatewayAction] {
        guard case .awaitingHello(let handshake) = phase else { return [] }
        heartbeatInterval = interval
        sendLimiter.reserveHeartbeats(interval: interval)
        let firstBeat = now + jitter.scale(interval)
        nextHeartbeatAt = firstBeat
        phase = .handshaking(handshake)
        sendLimiter.recordProtocolSend(at: now)
        if handshake == .resume, let session {
            return [.scheduleTimer(at: firstBeat), .sendResume(sessionID: session.sessionID, sequence: sequence ?? 0)]
        }
        phase = .handshaking(.identify)
        identifyThrottle.recordIdentify(at: now)
        return [.scheduleTimer(at: firstBeat), .sendIdentify]
    }

    mutating func invalidSession(resumable: Bool, at now: Duration) -> [GatewayAction] {
        if resumable, session != nil {
            return closeForReconnect(.resume, minimumDelay: .zero, at: now)
        }
        let dropped = dropSession()
        let wait = jitter.pick(in: Self.invalidSessionDelay)
        return dropped + closeForReconnect(.identify, minimumDelay: wait, at: now)
    }

    // MARK: - Closing

    /// Closes with a resumable code and remembers what to do once the socket is gone.
    mutating func closeForReconnect(_ handshake: Handshake, minimumDelay: Duration, at now: Duration) -> [GatewayAction] {
        switch phase {
        case .awaitingHello, .handshaking, .live:
            phase = .closing(.reconnect(handshake, minimumDelay: minimumDelay))
            nextHeartbeatAt = nil
            return [.close(code: Self.resumableCloseCode), .scheduleTimer(at: now + Self.closeTimeout)]
        case .closing(.reconnect):
            phase = .closing(.reconnect(handshake, minimumDelay: minimumDelay))
            return []
        default:
            return []
        }
    }

    mutating func closed(code: Int?, at now: Duration) -> [GatewayAction] {
        nextHeartbeatAt = nil
        switch phase {
        case .closing(.finish), .waitingToFinish:
            phase = .stopped
            return [.cancelTimer] + persistIfChanged() + [.finish]
        case .closing(.reconnect(let handshake, let minimumDelay)):
            return [.cancelTimer] + reconnect(handshake, minimumDelay: minimumDelay, at: now)
        case .awaitingHello, .handshaking, .live:
            return [.cancelTimer] + closedByServer(code: code, at: now)
        default:
            return []
        }
    }

    private mutating func closedByServer(code: Int?, at now: Duration) -> [GatewayAction] {
        switch GatewayCloseDisposition(closeCode: code) {
        case .stop(let reason):
            phase = .stopped
            return persistIfChanged() + [.stop(reason)]
        case .newSession:
            return dropSession() + reconnect(.identify, minimumDelay: .zero, at: now)
        case .resume:
            return reconnect(.resume, minimumDelay: .zero, at: now)
        }
    }

    private mutating func reconnect(_ handshake: Handshake, minimumDelay: Duration, at now: Duration) -> [GatewayAction] {
        let saved = persistIfChanged()
        let delay = max(backoff.nextDelay(jitter: jitter), minimumDelay)
        return saved + planConnection(handshake, delay: delay, at: now)
    }

    mutating func shutdown(at now: Duration) -> [GatewayAction] {
        switch phase {
        case .awaitingHello, .handshaking, .live:
            phase = .closing(.finish)
            nextHeartbeatAt = nil
            return persistIfChanged() + [.close(code: Self.resumableCloseCode), .scheduleTimer(at: now + Self.closeTimeout)]
        case .closing:
            phase = .closing(.finish)
            return []
        case .connecting:
            // The socket may open any moment; wait for its close before finishing.
            phase = .waitingToFinish
            return [.abortConnection]
        default:
            phase = .stopped
            return [.cancelTimer] + persistIfChanged() + [.finish]
        }
    }
}
