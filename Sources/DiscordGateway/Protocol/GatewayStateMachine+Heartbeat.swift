extension GatewayStateMachine {
    /// The single deadline means: a hung connect, HELLO timeout, heartbeat (zombie check), or a hung close.
    mutating func timerFired(at now: Duration) -> [GatewayAction] {
        switch phase {
        case .connecting:
            // The connection reports its end once aborted, which counts as a failed attempt.
            return [.abortConnection]
        case .awaitingHello(let handshake):
            return closeForReconnect(handshake, minimumDelay: .zero, at: now)
        case .handshaking, .live:
            return heartbeatDue(at: now)
        case .closing:
            return [.abortConnection]
        default:
            return []
        }
    }

    /// Sends the next heartbeat, or closes a zombie connection whose last heartbeat was never acknowledged.
    private mutating func heartbeatDue(at now: Duration) -> [GatewayAction] {
        guard let interval = heartbeatInterval, let due = nextHeartbeatAt else { return [] }
        guard now >= due else { return [.scheduleTimer(at: due)] }
        if awaitingACK {
            return closeForReconnect(.resume, minimumDelay: .zero, at: now)
        }
        awaitingACK = true
        sendLimiter.recordProtocolSend(at: now)
        let next = now + interval
        nextHeartbeatAt = next
        return [.sendHeartbeat(sequence: sequence), .scheduleTimer(at: next)] + persistIfChanged()
    }

    /// op 1 from the server: heartbeat at once, without touching the schedule or the ACK check.
    mutating func heartbeatRequested(at now: Duration) -> [GatewayAction] {
        switch phase {
        case .handshaking, .live:
            sendLimiter.recordProtocolSend(at: now)
            return [.sendHeartbeat(sequence: sequence)]
        default:
            return []
        }
    }
}
