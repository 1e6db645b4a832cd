import BotKit
import DiscordModels
import Storage

/// The SQL shared by the guild's two mappings (`guild_role`, `guild_channel`): read every key, and
/// the `/setroles`-style update that upserts the given keys and writes its audit row in one
/// transaction. Each store supplies its table's statements and audit action.
public struct GuildMappingTable<Key: GuildMappingKey>: Sendable {
    /// `SELECT key, discord_id … WHERE guild_id = ?1`.
    public let selectSQL: String
    /// Upsert of (guild, key, discord id, now).
    public let upsertSQL: String
    /// The audit action, e.g. `guild.roles.set`.
    public let auditAction: String

    /// Every mapped key of the guild; unknown keys (from a newer catalog) are skipped.
    public func mapping(_ guildID: Snowflake, on connection: Connection) throws -> [Key: Snowflake] {
        let rows = try connection.fetchAll(selectSQL, guildID) { row in
            (try row.get(0, as: String.self), try row.get(1, as: Snowflake.self))
        }
        return rows.reduce(into: [:]) { mapping, row in
            if let key = Key(rawValue: row.0) { mapping[key] = row.1 }
        }
    }

    /// Maps each given key (others untouched) and writes the audit row, in one transaction.
    public func set(_ updates: [Key: Snowflake], guildID: Snowflake, actorID: Snowflake, now: Int64,
             in database: Database) async throws -> MappingChange<Key> {
        try await database.write { connection in
            try FirstContact.ensureGuild(connection, guildID, now: now)
            let previous = try mapping(guildID, on: connection)
            for (key, id) in updates {
                try connection.execute(upsertSQL, guildID, key.rawValue, id, now)
            }
            let change = MappingChange(previous: previous, updates: updates, current: try mapping(guildID, on: connection))
            try CommandLogStore.insertAudit(AuditEntry(
                guildID: guildID, actorID: actorID, action: auditAction, subject: guildID.description,
                metadataJSON: change.auditJSON, createdAtUnixMilliseconds: now), on: connection)
            return change
        }
    }
}
