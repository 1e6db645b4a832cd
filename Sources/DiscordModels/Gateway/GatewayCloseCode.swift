/// A WebSocket close code from the gateway, with what the bot must do about it (discord-api.md §1.9).
public struct GatewayCloseCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The numeric close code.
    public var rawValue: Int

    /// Wraps a close code.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Normal closure: the session is gone, identify again.
    public static let normal = GatewayCloseCode(rawValue: 1000)
    /// Going away.
    public static let goingAway = GatewayCloseCode(rawValue: 1001)
    /// Abnormal closure: no close frame (TCP drop).
    public static let abnormal = GatewayCloseCode(rawValue: 1006)
    /// 4000 unknown error.
    public static let unknownError = GatewayCloseCode(rawValue: 4000)
    /// 4001 unknown opcode (our bug).
    public static let unknownOpcode = GatewayCloseCode(rawValue: 4001)
    /// 4002 decode error, including a payload over 4096 bytes (our bug).
    public static let decodeError = GatewayCloseCode(rawValue: 4002)
    /// 4003 sent something before identifying.
    public static let notAuthenticated = GatewayCloseCode(rawValue: 4003)
    /// 4004 the token is wrong.
    public static let authenticationFailed = GatewayCloseCode(rawValue: 4004)
    /// 4005 identified twice.
    public static let alreadyAuthenticated = GatewayCloseCode(rawValue: 4005)
    /// 4007 resumed with a bad sequence.
    public static let invalidSequence = GatewayCloseCode(rawValue: 4007)
    /// 4008 sent more than 120 events in 60 s.
    public static let rateLimited = GatewayCloseCode(rawValue: 4008)
    /// 4009 the session timed out.
    public static let sessionTimedOut = GatewayCloseCode(rawValue: 4009)
    /// 4010 invalid shard.
    public static let invalidShard = GatewayCloseCode(rawValue: 4010)
    /// 4011 sharding required.
    public static let shardingRequired = GatewayCloseCode(rawValue: 4011)
    /// 4012 invalid API version.
    public static let invalidAPIVersion = GatewayCloseCode(rawValue: 4012)
    /// 4013 invalid intents bitmask.
    public static let invalidIntents = GatewayCloseCode(rawValue: 4013)
    /// 4014 a privileged intent is not enabled in the Developer Portal.
    public static let disallowedIntents = GatewayCloseCode(rawValue: 4014)

    /// What the client should do after the connection closed with this code.
    public var recovery: GatewayCloseRecovery {
        switch rawValue {
        case 1000, 4003, 4005, 4007, 4009: .identify
        case 4004, 4010, 4011, 4012, 4013, 4014: .stop
        default: .resume
        }
    }

    /// True when reconnecting cannot help and the bot must stop with `description`.
    public var isFatal: Bool { recovery == .stop }

    /// A message an operator can act on.
    public var description: String {
        switch rawValue {
        case 1000: "1000 normal closure: starting a new session"
        case 1001: "1001 going away"
        case 1006: "1006 connection dropped without a close frame"
        case 4000: "4000 unknown gateway error"
        case 4001: "4001 unknown opcode sent (bug)"
        case 4002: "4002 undecodable payload sent (bug, or payload over 4096 bytes)"
        case 4003: "4003 payload sent before identifying"
        case 4004: "4004 authentication failed: the bot token is invalid; reset it in the Developer Portal"
        case 4005: "4005 already authenticated"
        case 4007: "4007 invalid sequence on resume: starting a new session"
        case 4008: "4008 gateway rate limited: more than 120 events in 60 s"
        case 4009: "4009 session timed out: starting a new session"
        case 4010: "4010 invalid shard"
        case 4011: "4011 sharding required: the bot is in too many guilds for one shard"
        case 4012: "4012 invalid gateway API version"
        case 4013: "4013 invalid intents bitmask"
        case 4014: "4014 disallowed intents: enable the privileged intents (GUILD_MEMBERS, MESSAGE_CONTENT) in the Developer Portal"
        default: "\(rawValue) unrecognised close code"
        }
    }
}
