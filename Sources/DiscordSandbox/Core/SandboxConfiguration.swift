import DiscordModels
import Hummingbird
import Logging

/// How a sandbox presents itself: the bot identity it accepts, its guild, and protocol timings.
public struct SandboxConfiguration: Sendable {
    /// The bot token REST (`Authorization: Bot <token>`) and IDENTIFY/RESUME must present.
    public var token: String
    /// The application id (also the bot user's id, as on Discord).
    public var applicationID: Snowflake
    /// The bot user's name in READY and in the guild member list.
    public var botUsername: String
    /// The one guild the bot is in.
    public var guildID: Snowflake
    /// The guild's display name.
    public var guildName: String
    /// HELLO's `heartbeat_interval`; keep it short in tests (for example 200 ms).
    public var heartbeatInterval: Duration
    /// How long after INTERACTION_CREATE the initial callback is still accepted (Discord: 3 s).
    public var callbackDeadline: Duration
    /// The per-route rate-limit window the sandbox reports and (optionally) enforces.
    public var rateLimit: SandboxRateLimitPolicy
    /// The largest gateway frame the client may send (Discord closes with 4002 above 4096 bytes).
    public var maxClientFrameBytes: Int
    /// Client frames allowed per `gatewaySendWindow` before the sandbox closes with 4008 (Discord: 120).
    public var gatewaySendLimit: Int
    /// The window for `gatewaySendLimit` (Discord: 60 s).
    public var gatewaySendWindow: Duration
    /// Dispatches kept per session for RESUME replay; a resume from before them gets op 9 false.
    public var replayLimit: Int
    /// How long the async wait helpers wait before throwing `SandboxError.timeout`.
    public var waitTimeout: Duration
    /// Where the sandbox logs (defaults to a quiet logger).
    public var logger: Logger
    /// The loopback port to bind; 0 (the default, for tests) picks a free ephemeral port.
    public var port: Int
    /// Extra routes served beside the REST API and the gateway (the browser UI of `raidbot sandbox
    /// --web`), so one loopback server carries everything; none by default.
    public var routes: @Sendable (Router<SandboxRequestContext>) -> Void = { _ in }

    /// A configuration with realistic defaults and a short heartbeat for tests.
    public init(
        token: String = "sandbox.bot.token",
        applicationID: Snowflake = 1_180_000_000_000_000_001,
        botUsername: String = "raidbot",
        guildID: Snowflake = 1_180_000_000_000_000_100,
        guildName: String = "Sandbox Raiders",
        heartbeatInterval: Duration = .milliseconds(41_250),
        callbackDeadline: Duration = .seconds(3),
        rateLimit: SandboxRateLimitPolicy = SandboxRateLimitPolicy(),
        maxClientFrameBytes: Int = 4096,
        gatewaySendLimit: Int = 120,
        gatewaySendWindow: Duration = .seconds(60),
        replayLimit: Int = 10_000,
        waitTimeout: Duration = .seconds(10),
        logger: Logger = Logger(label: "discord.sandbox", factory: { _ in SwiftLogNoOpLogHandler() }),
        port: Int = 0
    ) {
        self.token = token
        self.applicationID = applicationID
        self.botUsername = botUsername
        self.guildID = guildID
        self.guildName = guildName
        self.heartbeatInterval = heartbeatInterval
        self.callbackDeadline = callbackDeadline
        self.rateLimit = rateLimit
        self.maxClientFrameBytes = maxClientFrameBytes
        self.gatewaySendLimit = gatewaySendLimit
        self.gatewaySendWindow = gatewaySendWindow
        self.replayLimit = replayLimit
        self.waitTimeout = waitTimeout
        self.logger = logger
        self.port = port
    }
}

/// The rate-limit window reported in `X-RateLimit-*` headers for every bucket.
public struct SandboxRateLimitPolicy: Sendable {
    /// Requests allowed per bucket and major parameter in one window.
    public var limit: Int
    /// The window length.
    public var window: Duration
    /// When true, a request past `limit` within the window gets a real 429 (scope `user`).
    public var enforce: Bool

    /// Defaults: 5 per second, reported but not enforced.
    public init(limit: Int = 5, window: Duration = .seconds(1), enforce: Bool = false) {
        self.limit = limit
        self.window = window
        self.enforce = enforce
    }
}
