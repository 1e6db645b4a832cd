import DiscordModels

/// Where the router writes its records; Features implement it over SQLite (`command_log`, `audit`).
public protocol InteractionLogSink: Sendable {
    /// Stores one command invocation; failures are the sink's to log, never the member's problem.
    func record(_ entry: CommandLogEntry) async
    /// Stores one state change made by an actor (or the bot, when `actorID` is nil).
    func audit(_ entry: AuditEntry) async
}

/// One `command_log` row.
public struct CommandLogEntry: Hashable, Sendable {
    /// The interaction, to join with the log lines.
    public var interactionID: Snowflake
    /// Guild, absent in DMs.
    public var guildID: Snowflake?
    /// Channel.
    public var channelID: Snowflake?
    /// The invoker.
    public var userID: Snowflake
    /// Command name.
    public var commandName: String
    /// Subcommand path (`group.sub` or `sub`), if any.
    public var subcommand: String?
    /// Sanitized options as a JSON object (secrets redacted, long text cut).
    public var optionsJSON: String
    /// Whether the command completed without a failure.
    public var succeeded: Bool
    /// The failure's code, if any.
    public var errorCode: BotErrorCode?
    /// Time from receipt to the acknowledgement being accepted.
    public var acknowledgementMilliseconds: Int64
    /// Time from receipt to the handler's end.
    public var latencyMilliseconds: Int64
    /// When it was received (Unix ms, UTC).
    public var createdAtUnixMilliseconds: Int64
}

/// One `audit` row: who changed what.
public struct AuditEntry: Hashable, Sendable {
    /// Guild.
    public var guildID: Snowflake
    /// The member who acted; nil for the bot's own tasks.
    public var actorID: Snowflake?
    /// Dotted action name (`run.ended`, `guild.roles.set`).
    public var action: String
    /// What was acted on (run id, user id …).
    public var subject: String
    /// Extra facts as a JSON object.
    public var metadataJSON: String
    /// When (Unix ms, UTC).
    public var createdAtUnixMilliseconds: Int64

    /// Creates an entry.
    public init(guildID: Snowflake, actorID: Snowflake?, action: String, subject: String,
                metadataJSON: String = "{}", createdAtUnixMilliseconds: Int64) {
        self.guildID = guildID
        self.actorID = actorID
        self.action = action
        self.subject = subject
        self.metadataJSON = metadataJSON
        self.createdAtUnixMilliseconds = createdAtUnixMilliseconds
    }
}
