import BotKit
import DiscordModels
import DiscordREST
import Logging
import Storage

/// Registers the slash-command catalog with one bulk overwrite for the configured guild, only when
/// the catalog changed since the last registration (its hash is kept in `command_registration`).
struct CommandRegistrar: Sendable {
    let catalog: CommandCatalog
    let database: Database
    let rest: DiscordREST
    let guildID: Snowflake
    let now: @Sendable () -> Int64
    let logger: Logger

    /// Overwrites the guild's commands if needed; returns whether it called Discord.
    @discardableResult
    func registerIfChanged(applicationID: Snowflake) async throws -> Bool {
        let hash = catalog.registrationHash
        let (application, guild) = (applicationID.rawValue, guildID.rawValue)
        let stored: String? = try await database.read { connection in
            try connection.fetchValue(
                "SELECT catalog_hash FROM command_registration WHERE application_id = ? AND guild_id = ?",
                application, guild)
        }
        guard stored != hash else {
            logger.debug("slash commands unchanged; not registering", metadata: ["catalog.hash": "\(hash)"])
            return false
        }
        _ = try await rest.bulkOverwriteGuildCommands(applicationID: applicationID, guildID: guildID,
                                                      commands: catalog.applicationCommands)
        let registeredAt = now()
        try await database.write { connection in
            _ = try connection.execute("""
                INSERT INTO command_registration (application_id, guild_id, catalog_hash, registered_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (application_id, guild_id) DO UPDATE SET catalog_hash = excluded.catalog_hash,
                    registered_at = excluded.registered_at
                """, application, guild, hash, registeredAt)
        }
        logger.notice("registered slash commands", metadata: ["commands": "\(catalog.declarations.count)", "catalog.hash": "\(hash)"])
        return true
    }
}
