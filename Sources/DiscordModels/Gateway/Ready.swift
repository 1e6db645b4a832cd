/// READY: the new session's id and resume URL, the bot user and its (unavailable) guilds.
public struct Ready: Codable, Hashable, Sendable {
    /// Gateway API version.
    public var v: Int
    /// The bot's own user.
    public var user: User
    /// Guild stubs; full guilds follow as GUILD_CREATE.
    public var guilds: [UnavailableGuild]
    /// Session id for Resume.
    public var sessionID: String
    /// URL to reconnect to when resuming.
    public var resumeGatewayURL: String
    /// [shard_id, num_shards] when sharded.
    public var shard: [Int]?
    /// The application (id and flags).
    public var application: ReadyApplication?

    /// Creates a READY payload, e.g. in the sandbox.
    public init(v: Int = 10, user: User, guilds: [UnavailableGuild], sessionID: String, resumeGatewayURL: String,
                shard: [Int]? = nil, application: ReadyApplication? = nil) {
        self.v = v
        self.user = user
        self.guilds = guilds
        self.sessionID = sessionID
        self.resumeGatewayURL = resumeGatewayURL
        self.shard = shard
        self.application = application
    }

    /// Decodes tolerantly: the session id, resume URL and bot user are required; the rest is
    /// dropped when malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        v = container.soft(Int.self, forKey: .v) ?? 10
        user = try container.decode(User.self, forKey: .user)
        guilds = container.lossy([UnavailableGuild].self, forKey: .guilds) ?? []
        sessionID = try container.decode(String.self, forKey: .sessionID)
        resumeGatewayURL = try container.decode(String.self, forKey: .resumeGatewayURL)
        shard = container.soft([Int].self, forKey: .shard)
        application = container.soft(ReadyApplication.self, forKey: .application)
    }

    enum CodingKeys: String, CodingKey {
        case v, user, guilds, shard, application
        case sessionID = "session_id"
        case resumeGatewayURL = "resume_gateway_url"
    }
}
