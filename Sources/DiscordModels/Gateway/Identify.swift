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
