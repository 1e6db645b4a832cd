import DiscordModels

/// How the bot connects to the gateway; built by the executable from its settings.
public struct GatewayConfiguration: Sendable, CustomStringConvertible {
    /// The bot token; sent only in IDENTIFY/RESUME, never logged (see `description`).
    public var token: String
    /// Events to receive (raid bot: GUILDS | GUILD_MEMBERS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT).
    public var intents: GatewayIntents
    /// Identify's connection properties.
    public var properties: IdentifyProperties
    /// Use `compress=zlib-stream` transport compression (saves bandwidth on big GUILD_CREATEs).
    public var compress: Bool
    /// Initial presence sent with IDENTIFY.
    public var presence: UpdatePresence?
    /// The largest inflated message accepted; caps memory on a Pi (Discord documents no limit).
    public var maxMessageSize: Int
    /// Identifies never spent from the daily budget, so a crash loop cannot reset the token.
    public var identifyReserve: Int
    /// The longest wait between reconnect attempts.
    public var maxReconnectDelay: Duration

    /// Creates a configuration; defaults suit one shard on a small host.
    public init(token: String, intents: GatewayIntents = .raidBot, properties: IdentifyProperties = IdentifyProperties(),
                compress: Bool = false, presence: UpdatePresence? = nil, maxMessageSize: Int = 16 << 20,
                identifyReserve: Int = 5, maxReconnectDelay: Duration = .seconds(60)) {
        self.token = token
        self.intents = intents
        self.properties = properties
        self.compress = compress
        self.presence = presence
        self.maxMessageSize = maxMessageSize
        self.identifyReserve = identifyReserve
        self.maxReconnectDelay = maxReconnectDelay
    }

    /// Everything but the token.
    public var description: String {
        "GatewayConfiguration(intents: \(intents.rawValue), compress: \(compress), token: <redacted>)"
    }
}
