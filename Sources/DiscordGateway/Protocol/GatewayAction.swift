/// What `GatewayStateMachine` decides; the service carries each one out in order.
public enum GatewayAction: Sendable, Hashable {
    /// Wait, then call `GET /gateway/bot` and feed back `.gatewayInfo` or `.gatewayInfoFailed`.
    case fetchGatewayInfo(after: Duration)
    /// Wait, then open a WebSocket to `url` (the service adds `?v=10&encoding=json[&compress]`).
    case connect(url: String, after: Duration)
    /// Send op 2 IDENTIFY.
    case sendIdentify
    /// Send op 6 RESUME.
    case sendResume(sessionID: String, sequence: Int)
    /// Send op 1 with the last sequence.
    case sendHeartbeat(sequence: Int?)
    /// Fire `.timerFired` at this time, replacing any earlier deadline.
    case scheduleTimer(at: Duration)
    /// Forget the deadline.
    case cancelTimer
    /// Close the WebSocket with this code (never 1000/1001, which would end the session).
    case close(code: Int)
    /// The close handshake hung: drop the connection.
    case abortConnection
    /// Save the session (nil: forget it).
    case persist(GatewaySession?)
    /// Hand the dispatch just received to the consumer.
    case deliverDispatch
    /// Give up: a fatal close code.
    case stop(GatewayStopReason)
    /// Graceful shutdown finished.
    case finish
}
