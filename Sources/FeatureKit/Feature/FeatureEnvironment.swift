import BotKit
import DiscordModels
import DiscordREST
import Logging
import Storage
import CivilTime

/// What every feature needs, built by the executable once the gateway is READY.
public struct FeatureEnvironment: Sendable {
    /// The one database (stores are thin structs over it).
    public let database: Database
    /// Discord REST, for messages, roles and channels outside the interaction's own answers.
    public let rest: DiscordREST
    /// The injected clock: rules and rows take their time from here.
    public let clock: any BotClock
    /// The guild this bot serves.
    public let guildID: Snowflake
    /// The root logger; features add their own metadata.
    public let logger: Logger
    /// The gateway's last heartbeat round trip, when known (for `/ping`); Features cannot see the gateway.
    public let heartbeatLatency: @Sendable () async -> Duration?
    /// Where every feature records the Discord side effects of its state changes.
    public let outbox: Outbox
    /// Members' conversations with the bot in DMs (modmail, verification).
    public let conversations: DMConversations

    /// Creates an environment; `heartbeatLatency` defaults to "unknown".
    public init(database: Database, rest: DiscordREST, clock: any BotClock, guildID: Snowflake, logger: Logger,
                heartbeatLatency: @escaping @Sendable () async -> Duration? = { nil }) {
        self.database = database
        self.rest = rest
        self.clock = clock
        self.guildID = guildID
        self.logger = logger
        self.heartbeatLatency = heartbeatLatency
        outbox = Outbox(database: database, rest: rest, clock: clock, logger: logger)
        conversations = DMConversations(database: database, clock: clock, logger: logger)
    }
}
