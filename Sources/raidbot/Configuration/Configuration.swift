import Logging

/// Everything raidbot reads from its environment, validated once at start-up.
///
/// Every variable is documented in the README with its default. The token is held as a
/// `BotToken`, whose description is redacted, so a logged configuration never leaks it.
struct Configuration: Sendable {
    /// Whether the bot runs for real or with development conveniences (verbose SQL logging).
    enum Environment: String, Sendable { case production, development }
    /// SQLite's `synchronous` setting: FULL survives power loss, NORMAL may lose the last commits.
    enum Durability: String, Sendable { case full, normal }
    /// How log lines are written: `text` with timestamps for a terminal or a file, `journal` with
    /// syslog `<N>` priorities and no timestamp for systemd's journal (which stamps entries itself).
    enum LogFormat: String, Sendable { case text, journal }

    var token: BotToken?
    var guildID: UInt64?
    var apiBase: APIBase
    /// Where RealmEye player pages are fetched (the stand-in's address in `raidbot sandbox`).
    var realmEyeBase: APIBase
    var databasePath: String
    var backupDirectory: String
    var backupsKept: Int
    var backupIntervalHours: Int
    var environment: Environment
    var logLevel: Logger.Level
    var logFormat: LogFormat
    var durability: Durability
    var readerCount: Int
    var httpTimeoutSeconds: Int
    var gatewayCompression: Bool
    /// Whether the gateway asks for the privileged Message Content intent (modmail's staff thread
    /// relay reads staff messages' text with it); off for an application without it enabled.
    var messageContent: Bool
    /// The local port of `/metrics` and `/health` (127.0.0.1 only); nil: no endpoint, 0: any free port.
    var metricsPort: Int?

    /// Parses and validates `source`; the first bad variable stops parsing with its name.
    /// `isJournal` tells whether a `JOURNAL_STREAM` value is this process's standard error.
    init(source: ConfigurationSource,
         isJournal: (String) -> Bool = JournalStream.isStandardError) throws(ConfigurationError) {
        let reader = ConfigurationReader(source: source)
        token = try BotToken.load(from: source)
        guildID = try reader.snowflake("DISCORD_GUILD_ID")
        apiBase = try APIBase(parsing: source["DISCORD_API_BASE"] ?? APIBase.discordDefault)
        realmEyeBase = try APIBase(parsing: source["RAIDBOT_REALMEYE_BASE"] ?? APIBase.realmEyeDefault,
                                   variable: "RAIDBOT_REALMEYE_BASE")
        databasePath = try reader.path("RAIDBOT_DATABASE", default: "data/raidbot.sqlite")
        backupDirectory = try reader.path("RAIDBOT_BACKUP_DIR", default: "backups")
        backupsKept = try reader.integer("RAIDBOT_BACKUP_KEEP", default: 14, in: 1...1000)
        backupIntervalHours = try reader.integer("RAIDBOT_BACKUP_INTERVAL_HOURS", default: 24, in: 0...720)
        environment = try reader.choice("RAIDBOT_ENV", default: .production)
        logLevel = try reader.choice("LOG_LEVEL", default: environment == .development ? .debug : .info)
        var underJournal = false
        if let stream = source["JOURNAL_STREAM"] { underJournal = isJournal(stream) }
        logFormat = try reader.choice("RAIDBOT_LOG_FORMAT", default: underJournal ? .journal : .text)
        durability = try reader.choice("RAIDBOT_SYNCHRONOUS", default: .full)
        readerCount = try reader.integer("RAIDBOT_READERS", default: 2, in: 1...64)
        httpTimeoutSeconds = try reader.integer("RAIDBOT_HTTP_TIMEOUT_SECONDS", default: 25, in: 1...300)
        gatewayCompression = try reader.flag("RAIDBOT_GATEWAY_COMPRESSION", default: true)
        messageContent = try reader.flag("RAIDBOT_MESSAGE_CONTENT", default: true)
        metricsPort = source["RAIDBOT_METRICS_PORT"] == nil ? nil
            : try reader.integer("RAIDBOT_METRICS_PORT", default: 0, in: 0...65535)
    }

    /// The token, or the error that tells the user exactly what to set.
    func requireToken() throws(ConfigurationError) -> BotToken {
        guard let token else {
            throw ConfigurationError(variable: "DISCORD_TOKEN",
                                     problem: "is not set; set DISCORD_TOKEN or DISCORD_TOKEN_FILE to your bot's token "
                                         + "(or try the bot offline first: raidbot sandbox)")
        }
        return token
    }

    /// The guild id, or the error that tells the user to set it.
    func requireGuildID() throws(ConfigurationError) -> UInt64 {
        guard let guildID else {
            throw ConfigurationError(variable: "DISCORD_GUILD_ID",
                                     problem: "is not set; set it to the id of the server the bot runs in")
        }
        return guildID
    }
}

extension Configuration.Environment: LosslessStringConvertible {
    init?(_ description: String) { self.init(rawValue: description) }
    var description: String { rawValue }
}
extension Configuration.LogFormat: LosslessStringConvertible {
    init?(_ description: String) { self.init(rawValue: description) }
    var description: String { rawValue }
}
extension Configuration.Durability: LosslessStringConvertible {
    init?(_ description: String) { self.init(rawValue: description) }
    var description: String { rawValue }
}
