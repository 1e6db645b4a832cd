import DiscordModels

/// One thing that happened on the sandbox gateway, recorded for tests to await.
public struct GatewayEventRecord: Sendable {
    /// What happened.
    public enum Kind: Sendable, Hashable {
        /// A client opened a socket on `path` (`/gateway`, or `/resume` for the resume URL).
        case connected(path: String, compressed: Bool)
        /// The client sent a frame with this opcode (payload in `payload`).
        case received(op: Int)
        /// IDENTIFY succeeded and READY was sent for this session.
        case identified(sessionID: String)
        /// RESUME succeeded: `replayed` dispatches were re-sent, then RESUMED.
        case resumed(sessionID: String, replayed: Int)
        /// RESUME was refused with op 9 `false`.
        case resumeRejected
        /// The sandbox sent op 7, op 9, op 1 or a late op 11 as a scripted fault.
        case faultSent(op: Int)
        /// The sandbox closed the socket with this close code.
        case closedByServer(code: Int)
        /// The sandbox dropped the socket without a close frame (the client sees 1006).
        case droppedByServer
        /// The socket ended (either side).
        case disconnected
    }

    /// Which socket (numbered from 1 in connection order).
    public let connection: Int
    /// What happened.
    public let kind: Kind
    /// The frame's `d` for `.received`, otherwise nil.
    public let payload: JSONValue?
    /// When, on the monotonic clock.
    public let at: ContinuousClock.Instant
}

/// What the sandbox pushes down one gateway socket, in order.
enum GatewayOutbound: Sendable {
    case frame(String)
    case close(code: Int, reason: String)
    case drop
}
