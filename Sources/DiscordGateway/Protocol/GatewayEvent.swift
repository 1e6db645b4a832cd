/// Everything that can happen to a gateway connection, fed to `GatewayStateMachine.handle(_:at:)`.
public enum GatewayEvent: Sendable, Hashable {
    /// The service starts, with the session saved by the previous run (nil: identify).
    case started(GatewaySession?)
    /// `GET /gateway/bot` answered: the URL (without query) and the identify budget.
    case gatewayInfo(url: String, budget: IdentifyBudget)
    /// `GET /gateway/bot` failed (network, 5xx); retried with backoff.
    case gatewayInfoFailed
    /// `GET /gateway/bot` was refused for good (401: the token is wrong); retrying cannot help.
    case gatewayInfoRefused(GatewayStopReason)
    /// The WebSocket handshake succeeded.
    case connected
    /// The WebSocket could not be opened.
    case connectFailed
    /// op 10 with the heartbeat interval.
    case hello(heartbeatInterval: Duration)
    /// op 11.
    case heartbeatACK
    /// op 1 from the server: heartbeat now.
    case heartbeatRequested
    /// op 7: reconnect and resume.
    case reconnectRequested
    /// op 9, with `d` (true: may resume).
    case invalidSession(resumable: Bool)
    /// The READY dispatch: a new session.
    case ready(sessionID: String, resumeURL: String, sequence: Int)
    /// The RESUMED dispatch: replay finished.
    case resumed(sequence: Int?)
    /// Any other dispatch (op 0) with its sequence.
    case dispatch(sequence: Int?)
    /// The connection ended; the close code, or nil when it dropped without one.
    case closed(code: Int?)
    /// The deadline from the last `.scheduleTimer` passed.
    case timerFired
    /// Graceful shutdown (SIGTERM): keep the session resumable.
    case shutdownRequested
}
