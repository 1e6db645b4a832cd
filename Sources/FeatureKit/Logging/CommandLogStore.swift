import BotKit
import DiscordModels
import Logging
import Storage

/// The router's records in SQLite: one `command_log` row per command, one `audit` row per state
/// change (§10.7). A failed write is logged, never shown to the member.
public struct CommandLogStore: InteractionLogSink {
    public let database: Database
    public let logger: Logger

    /// Creates the sink over `database`.
    public init(database: Database, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    static let insertCommandSQL = """
        INSERT INTO command_log (guild_id, channel_id, user_id, command_name, subcommand, options,
                                 success, error_code, latency_ms, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
        """

    static let insertAuditSQL = """
        INSERT INTO audit (guild_id, actor_id, action, subject, meta, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        """

    /// Stores one command invocation.
    public func record(_ entry: CommandLogEntry) async {
        do {
            try await database.write { connection in
                try connection.execute(
                    Self.insertCommandSQL, entry.guildID, entry.channelID, entry.userID, entry.commandName,
                    entry.subcommand, entry.optionsJSON, entry.succeeded, entry.errorCode?.rawValue,
                    max(0, entry.latencyMilliseconds), entry.createdAtUnixMilliseconds)
            }
        } catch {
            logger.error("command_log write failed", metadata: [
                "interaction.id": "\(entry.interactionID)", "command": "\(entry.commandName)", "error": "\(error)",
            ])
        }
    }

    /// Stores one state change; the guild and actor rows are created if this is their first contact.
    public func audit(_ entry: AuditEntry) async {
        do {
            try await database.write { connection in
                try Self.insertAudit(entry, on: connection)
            }
        } catch {
            logger.error("audit write failed", metadata: ["action": "\(entry.action)", "error": "\(error)"])
        }
    }

    /// Inserts an audit row inside a caller's write, so a state change and its audit commit together.
    public static func insertAudit(_ entry: AuditEntry, on connection: Connection) throws {
        let now = entry.createdAtUnixMilliseconds
        try FirstContact.ensureGuild(connection, entry.guildID, now: now)
        if let actor = entry.actorID { try FirstContact.ensureMember(connection, actor, now: now) }
        try connection.execute(Self.insertAuditSQL, entry.guildID, entry.actorID, entry.action, entry.subject,
                               entry.metadataJSON, now)
    }
}
