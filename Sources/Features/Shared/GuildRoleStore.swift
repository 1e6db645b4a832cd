import BotKit
import DiscordModels
import Storage

/// The guild's role mapping (`guild_role`): staff ranks plus the non-rank keys (team, suspended,
/// muted). Read fresh on every gate (a SQLite read, no cache to go stale), it feeds BotKit's
/// RoleHierarchy, the one permission authority.
public struct GuildRoleStore: RoleMappingSource {
    let database: Database

    /// Creates the store over `database`.
    public init(database: Database) { self.database = database }

    static let selectSQL = "SELECT role_key, discord_role_id FROM guild_role WHERE guild_id = ?1"
    static let upsertSQL = """
        INSERT INTO guild_role (guild_id, role_key, discord_role_id, updated_at) VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT (guild_id, role_key) DO UPDATE
        SET discord_role_id = excluded.discord_role_id, updated_at = excluded.updated_at
        """

    /// Every mapped key of the guild, including the non-rank ones.
    public func roles(guildID: Snowflake) async throws -> [GuildRoleKey: Snowflake] {
        try await database.read { connection in try Self.roles(guildID, on: connection) }
    }

    /// The staff-rank part of the mapping, for the hierarchy.
    public func roleMapping(guildID: Snowflake) async throws -> RoleMapping {
        RoleMapping(try await roles(guildID: guildID).reduce(into: [:]) { mapping, pair in
            if let rank = pair.key.staffRole { mapping[rank] = pair.value }
        })
    }

    /// The Discord role mapped to `key`, if any.
    public func role(_ key: GuildRoleKey, guildID: Snowflake) async throws -> Snowflake? {
        try await roles(guildID: guildID)[key]
    }

    /// `/setroles`: maps each given key (others untouched) and writes the `guild.roles.set` audit row
    /// in the same transaction.
    public func setRoles(_ updates: [GuildRoleKey: Snowflake], guildID: Snowflake, actorID: Snowflake,
                         now: Int64) async throws -> MappingChange<GuildRoleKey> {
        try await database.write { connection in
            try FirstContact.ensureGuild(connection, guildID, now: now)
            let previous = try Self.roles(guildID, on: connection)
            for (key, role) in updates {
                try connection.execute(Self.upsertSQL, guildID, key.rawValue, role, now)
            }
            let change = MappingChange(previous: previous, updates: updates, current: try Self.roles(guildID, on: connection))
            try CommandLogStore.insertAudit(AuditEntry(
                guildID: guildID, actorID: actorID, action: "guild.roles.set", subject: guildID.description,
                metadataJSON: change.auditJSON, createdAtUnixMilliseconds: now), on: connection)
            return change
        }
    }

    static func roles(_ guildID: Snowflake, on connection: Connection) throws -> [GuildRoleKey: Snowflake] {
        let rows = try connection.fetchAll(selectSQL, guildID) { row in
            (try row.get(0, as: String.self), try row.get(1, as: Snowflake.self))
        }
        return rows.reduce(into: [:]) { mapping, row in
            if let key = GuildRoleKey(rawValue: row.0) { mapping[key] = row.1 }
        }
    }
}
