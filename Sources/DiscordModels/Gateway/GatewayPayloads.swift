/// op 10 payload: how often to heartbeat.
public struct Hello: Codable, Hashable, Sendable {
    /// Heartbeat interval in milliseconds.
    public var heartbeatInterval: Int

    /// Creates a hello.
    public init(heartbeatInterval: Int) { self.heartbeatInterval = heartbeatInterval }

    enum CodingKeys: String, CodingKey {
        case heartbeatInterval = "heartbeat_interval"
    }
}

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

    enum CodingKeys: String, CodingKey {
        case v, user, guilds, shard, application
        case sessionID = "session_id"
        case resumeGatewayURL = "resume_gateway_url"
    }
}

/// The partial application in READY.
public struct ReadyApplication: Codable, Hashable, Sendable {
    /// The application id (needed for follow-ups and command registration).
    public var id: Snowflake
    /// Application flags.
    public var flags: Int?

    /// Creates the partial application.
    public init(id: Snowflake, flags: Int? = 0) {
        self.id = id
        self.flags = flags
    }
}

/// GUILD_MEMBER_REMOVE: a user left or was removed.
public struct GuildMemberRemove: Codable, Hashable, Sendable {
    /// The guild.
    public var guildID: Snowflake
    /// The user who left.
    public var user: User

    /// Creates the event payload.
    public init(guildID: Snowflake, user: User) {
        self.guildID = guildID
        self.user = user
    }

    enum CodingKeys: String, CodingKey {
        case user
        case guildID = "guild_id"
    }
}

/// GUILD_ROLE_CREATE / GUILD_ROLE_UPDATE.
public struct GuildRoleEvent: Codable, Hashable, Sendable {
    /// The guild.
    public var guildID: Snowflake
    /// The role as it now is.
    public var role: Role

    /// Creates the event payload.
    public init(guildID: Snowflake, role: Role) {
        self.guildID = guildID
        self.role = role
    }

    enum CodingKeys: String, CodingKey {
        case role
        case guildID = "guild_id"
    }
}

/// GUILD_ROLE_DELETE.
public struct GuildRoleDelete: Codable, Hashable, Sendable {
    /// The guild.
    public var guildID: Snowflake
    /// The deleted role.
    public var roleID: Snowflake

    /// Creates the event payload.
    public init(guildID: Snowflake, roleID: Snowflake) {
        self.guildID = guildID
        self.roleID = roleID
    }

    enum CodingKeys: String, CodingKey {
        case guildID = "guild_id"
        case roleID = "role_id"
    }
}

/// MESSAGE_DELETE: e.g. a raid panel removed by hand.
public struct MessageDelete: Codable, Hashable, Sendable {
    /// The deleted message.
    public var id: Snowflake
    /// Its channel.
    public var channelID: Snowflake
    /// Its guild.
    public var guildID: Snowflake?

    /// Creates the event payload.
    public init(id: Snowflake, channelID: Snowflake, guildID: Snowflake? = nil) {
        self.id = id
        self.channelID = channelID
        self.guildID = guildID
    }

    enum CodingKeys: String, CodingKey {
        case id
        case channelID = "channel_id"
        case guildID = "guild_id"
    }
}

/// MESSAGE_DELETE_BULK.
public struct MessageDeleteBulk: Codable, Hashable, Sendable {
    /// The deleted messages.
    public var ids: [Snowflake]
    /// Their channel.
    public var channelID: Snowflake
    /// Their guild.
    public var guildID: Snowflake?

    /// Creates the event payload.
    public init(ids: [Snowflake], channelID: Snowflake, guildID: Snowflake? = nil) {
        self.ids = ids
        self.channelID = channelID
        self.guildID = guildID
    }

    enum CodingKeys: String, CodingKey {
        case ids
        case channelID = "channel_id"
        case guildID = "guild_id"
    }
}

/// GUILD_BAN_ADD / GUILD_BAN_REMOVE.
public struct GuildBan: Codable, Hashable, Sendable {
    /// The guild.
    public var guildID: Snowflake
    /// The (un)banned user.
    public var user: User

    /// Creates the event payload.
    public init(guildID: Snowflake, user: User) {
        self.guildID = guildID
        self.user = user
    }

    enum CodingKeys: String, CodingKey {
        case user
        case guildID = "guild_id"
    }
}

/// RATE_LIMITED: a gateway request (op 8) was rate limited.
public struct GatewayRateLimited: Codable, Hashable, Sendable {
    /// The limited opcode.
    public var opcode: Int
    /// Seconds to wait.
    public var retryAfter: Double
    /// Request details (guild_id, nonce).
    public var meta: JSONValue?

    /// Creates the event payload.
    public init(opcode: Int, retryAfter: Double, meta: JSONValue? = nil) {
        self.opcode = opcode
        self.retryAfter = retryAfter
        self.meta = meta
    }

    enum CodingKeys: String, CodingKey {
        case opcode, meta
        case retryAfter = "retry_after"
    }
}
