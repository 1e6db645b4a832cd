import BotKit
import DiscordModels
import Storage

/// The guild's role mapping (`guild_role`): staff ranks plus the non-rank keys (team, suspended,
/// muted). Read fresh on every gate (a SQLite read, no cache to go stale), it feeds BotKit's
/// RoleHierarchy, the one permission authority.
public struct GuildRoleStore: RoleMappingSource {
    public let database: Database

    /// Creates the store over `database`.
    public init(database: Database) { self.database = database }

    public static let table = GuildMappingTable<GuildRole>(
        selectSQL: "SELECT role_key, discord_role_id FROM guild_role WHERE guild_id = ?1",
        upsertSQL: """
            INSERT INTO guild_role (guild_id, role_key, discord_role_id, updated_at) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (guild_id, role_key) DO UPDATE
            SET discord_role_id = excluded.discord_role_id, updated_at = excluded.updated_at
            """,
        auditAction: "guild.roles.set")

    /// Every mapped key of the guild, including the non-rank ones.
    public func roles(guildID: Snowflake) async throws -> [GuildRole: Snowflake] {
        try await database.read { connection in try Self.table.mapping(guildID, on: connection) }
    }

    /// The staff-rank part of the mapping, for the hierarchy.
    public func roleMapping(guildID: Snowflake) async throws -> RoleMapping {
        RoleMapping(try await roles(guildID: guildID).filter { $0.key.rank != nil })
    }

    /// The Discord role mapped to `key`, if any.
    public func role(_ key: GuildRole, guildID: Snowflake) async throws -> Snowflake? {
        try await roles(guildID: guildID)[key]
    }

    /// `/setroles`: maps each given key (others untouched) and writes the `guild.roles.set` audit row
    /// in the same transaction.
    public func setRoles(_ updates: [GuildRole: Snowflake], guildID: Snowflake, actorID: Snowflake,
                         now: Int64) async throws -> MappingChange<GuildRole> {
        try await Self.table.set(updates, guildID: guildID, actorID: actorID, now: now, in: database)
    }
}
