/// A payload the client sends over the gateway; its opcode goes into the frame's `op`.
public protocol GatewayCommandPayload: Codable, Sendable {
    /// The opcode this payload is sent with.
    static var opcode: GatewayOpcode { get }
}

/// op 2: start a new session. Its `description` hides the token.
public struct Identify: GatewayCommandPayload, Hashable, CustomStringConvertible {
    /// Sent with op 2.
    public static let opcode = GatewayOpcode.identify
    /// The bot token (never log it).
    public var token: String
    /// Connection properties.
    public var properties: IdentifyProperties
    /// Per-payload zlib (leave false; transport compression is used instead).
    public var compress: Bool?
    /// Members above which a guild counts as large (50–250).
    public var largeThreshold: Int?
    /// [shard_id, num_shards].
    public var shard: [Int]?
    /// Initial presence.
    public var presence: UpdatePresence?
    /// Which events to receive.
    public var intents: GatewayIntents

    /// Creates an identify payload.
    public init(token: String, intents: GatewayIntents, properties: IdentifyProperties = IdentifyProperties(),
                largeThreshold: Int? = nil, shard: [Int]? = nil, presence: UpdatePresence? = nil) {
        self.token = token
        self.intents = intents
        self.properties = properties
        self.compress = false
        self.largeThreshold = largeThreshold
        self.shard = shard
        self.presence = presence
    }

    /// Everything but the token.
    public var description: String {
        "Identify(intents: \(intents.rawValue), shard: \(shard.map { "\($0)" } ?? "nil"), token: <redacted>)"
    }

    enum CodingKeys: String, CodingKey {
        case token, properties, compress, shard, presence, intents
        case largeThreshold = "large_threshold"
    }
}

/// Identify's connection properties (no `$` prefix in v10).
public struct IdentifyProperties: Codable, Hashable, Sendable {
    /// Operating system, e.g. "linux".
    public var os: String
    /// Library name.
    public var browser: String
    /// Library name.
    public var device: String

    /// Creates properties; defaults name this bot.
    public init(os: String = "linux", browser: String = "raidbot", device: String = "raidbot") {
        self.os = os
        self.browser = browser
        self.device = device
    }
}

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

/// op 1: a heartbeat; `d` is the last sequence number or null.
public struct Heartbeat: GatewayCommandPayload, Hashable {
    /// Sent with op 1.
    public static let opcode = GatewayOpcode.heartbeat
    /// The last non-null `s` received, or nil before any dispatch.
    public var sequence: Int?

    /// Creates a heartbeat.
    public init(sequence: Int?) { self.sequence = sequence }

    /// Decodes the bare number or null.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        sequence = container.decodeNil() ? nil : try container.decode(Int.self)
    }

    /// Encodes the bare number or null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let sequence { try container.encode(sequence) } else { try container.encodeNil() }
    }
}

/// op 8: ask for member chunks (all members: at most once per guild per 30 s).
public struct RequestGuildMembers: GatewayCommandPayload, Hashable {
    /// Sent with op 8.
    public static let opcode = GatewayOpcode.requestGuildMembers
    /// The guild.
    public var guildID: Snowflake
    /// Username prefix ("" for all, with limit 0).
    public var query: String?
    /// Maximum members (0 = all, with query "").
    public var limit: Int
    /// Include presences.
    public var presences: Bool?
    /// Specific users (≤100).
    public var userIDs: [Snowflake]?
    /// Echoed in the chunks (≤32 bytes).
    public var nonce: String?

    /// Creates a request.
    public init(guildID: Snowflake, query: String? = nil, limit: Int = 0, userIDs: [Snowflake]? = nil, nonce: String? = nil) {
        self.guildID = guildID
        self.query = query
        self.limit = limit
        self.userIDs = userIDs
        self.nonce = nonce
    }

    enum CodingKeys: String, CodingKey {
        case query, limit, presences, nonce
        case guildID = "guild_id"
        case userIDs = "user_ids"
    }
}

/// op 3: set the bot's status and activity.
public struct UpdatePresence: GatewayCommandPayload, Hashable {
    /// Sent with op 3.
    public static let opcode = GatewayOpcode.presenceUpdate
    /// Unix ms since idle, or nil (sent as null).
    public var since: Int64?
    /// Activities shown.
    public var activities: [Activity]
    /// "online", "dnd", "idle", "invisible" or "offline".
    public var status: String
    /// AFK.
    public var afk: Bool

    /// Creates a presence.
    public init(status: String = "online", activities: [Activity] = [], since: Int64? = nil, afk: Bool = false) {
        self.status = status
        self.activities = activities
        self.since = since
        self.afk = afk
    }

    /// Always writes `since` (null when nil), which Discord requires.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(since, forKey: .since)
        try container.encode(activities, forKey: .activities)
        try container.encode(status, forKey: .status)
        try container.encode(afk, forKey: .afk)
    }

    enum CodingKeys: String, CodingKey {
        case since, activities, status, afk
    }
}

/// A presence activity ("Playing …", custom status).
public struct Activity: Codable, Hashable, Sendable {
    /// Activity name.
    public var name: String
    /// 0 playing, 1 streaming, 2 listening, 3 watching, 4 custom, 5 competing.
    public var type: Int
    /// Custom status text.
    public var state: String?
    /// Stream URL.
    public var url: String?

    /// Creates an activity.
    public init(name: String, type: Int, state: String? = nil, url: String? = nil) {
        self.name = name
        self.type = type
        self.state = state
        self.url = url
    }
}
