/// op 6: resume a session after a drop. Its `description` hides the token.
public struct Resume: GatewayCommandPayload, Hashable, CustomStringConvertible {
    /// Sent with op 6.
    public static let opcode = GatewayOpcode.resume
    /// The bot token (never log it).
    public var token: String
    /// The session to resume (from READY).
    public var sessionID: String
    /// The last sequence number received.
    public var seq: Int

    /// Creates a resume payload.
    public init(token: String, sessionID: String, seq: Int) {
        self.token = token
        self.sessionID = sessionID
        self.seq = seq
    }

    /// Everything but the token.
    public var description: String { "Resume(session: \(sessionID), seq: \(seq), token: <redacted>)" }

    enum CodingKeys: String, CodingKey {
        case token, seq
        case sessionID = "session_id"
    }
}
