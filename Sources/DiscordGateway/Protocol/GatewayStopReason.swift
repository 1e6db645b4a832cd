/// Why the gateway gave up for good: a close code Discord marks as not reconnectable, named for the operator.
public enum GatewayStopReason: Sendable, Hashable, CustomStringConvertible {
    /// 4004: the bot token was rejected.
    case authenticationFailed
    /// 4010: the shard sent in IDENTIFY is invalid.
    case invalidShard
    /// 4011: the bot is in too many guilds for one shard.
    case shardingRequired
    /// 4012: the gateway version in the URL is not served.
    case invalidAPIVersion
    /// 4013: the intents bitmask is invalid.
    case invalidIntents
    /// 4014: a privileged intent is not enabled in the Developer Portal.
    case disallowedIntents

    /// The reason for a fatal close code, or nil when the code allows reconnecting.
    public init?(closeCode: Int) {
        switch closeCode {
        case 4004: self = .authenticationFailed
        case 4010: self = .invalidShard
        case 4011: self = .shardingRequired
        case 4012: self = .invalidAPIVersion
        case 4013: self = .invalidIntents
        case 4014: self = .disallowedIntents
        default: return nil
        }
    }

    /// The close code Discord used for this reason.
    public var closeCode: Int {
        switch self {
        case .authenticationFailed: 4004
        case .invalidShard: 4010
        case .shardingRequired: 4011
        case .invalidAPIVersion: 4012
        case .invalidIntents: 4013
        case .disallowedIntents: 4014
        }
    }

    /// What the operator must do, in one line (never includes the token).
    public var description: String {
        switch self {
        case .authenticationFailed:
            "gateway closed 4004: authentication failed, the bot token is invalid (reset it in the Developer Portal)"
        case .invalidShard:
            "gateway closed 4010: invalid shard in IDENTIFY"
        case .shardingRequired:
            "gateway closed 4011: sharding required, the bot is in too many guilds for one shard"
        case .invalidAPIVersion:
            "gateway closed 4012: invalid API version in the gateway URL"
        case .invalidIntents:
            "gateway closed 4013: invalid intents bitmask in IDENTIFY"
        case .disallowedIntents:
            "gateway closed 4014: disallowed intents, enable the privileged intents Server Members Intent (GUILD_MEMBERS) and "
                + "Message Content Intent (MESSAGE_CONTENT) on the Developer Portal's Bot page "
                + "(or set RAIDBOT_MESSAGE_CONTENT=off to run without the latter: staff thread messages are then not relayed)"
        }
    }
}
