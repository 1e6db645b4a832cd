/// A gateway payload opcode (`op`); unknown values are kept so new opcodes never break a frame.
public enum GatewayOpcode: DiscordEnum {
    /// 0: an event (`t`, `s`, `d`).
    case dispatch
    /// 1: heartbeat (sent; when received, send one immediately).
    case heartbeat
    /// 2: start a new session.
    case identify
    /// 3: update the bot's presence.
    case presenceUpdate
    /// 4: join or leave voice.
    case voiceStateUpdate
    /// 6: resume a dropped session.
    case resume
    /// 7: the server asks for a reconnect and resume.
    case reconnect
    /// 8: request member chunks.
    case requestGuildMembers
    /// 9: the session is invalid; `d` says whether it may be resumed.
    case invalidSession
    /// 10: first message on a connection, carrying the heartbeat interval.
    case hello
    /// 11: the server acknowledged a heartbeat.
    case heartbeatACK
    /// An opcode this version does not know.
    case unknown(Int)

    /// Maps Discord's number to a case.
    public init(rawValue: Int) {
        switch rawValue {
        case 0: self = .dispatch
        case 1: self = .heartbeat
        case 2: self = .identify
        case 3: self = .presenceUpdate
        case 4: self = .voiceStateUpdate
        case 6: self = .resume
        case 7: self = .reconnect
        case 8: self = .requestGuildMembers
        case 9: self = .invalidSession
        case 10: self = .hello
        case 11: self = .heartbeatACK
        default: self = .unknown(rawValue)
        }
    }

    /// Discord's number for this opcode.
    public var rawValue: Int {
        switch self {
        case .dispatch: 0
        case .heartbeat: 1
        case .identify: 2
        case .presenceUpdate: 3
        case .voiceStateUpdate: 4
        case .resume: 6
        case .reconnect: 7
        case .requestGuildMembers: 8
        case .invalidSession: 9
        case .hello: 10
        case .heartbeatACK: 11
        case .unknown(let value): value
        }
    }
}
