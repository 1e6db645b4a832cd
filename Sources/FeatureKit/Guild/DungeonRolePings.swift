import BotKit
import DiscordModels
import RaidDomain
import Storage

/// The guild's dungeon ping roles (`dungeon_role_ping`, §8.5): run creation, headcounts, conversion
/// and start pings append them to `@here`. A failed read pings no role rather than failing the run.
public struct DungeonRolePings: Sendable {
    public static let selectSQL = "SELECT discord_role_id FROM dungeon_role_ping WHERE guild_id = ?1 AND dungeon_key = ?2"

    public let database: Database
    public let guildID: Snowflake

    /// The ping roles of `guildID`.
    public init(database: Database, guildID: Snowflake) {
        self.database = database
        self.guildID = guildID
    }

    /// The ping roles of `dungeons`, distinct, in the dungeons' order.
    public func roles(for dungeons: [DungeonCode]) async -> [Snowflake] {
        let guildID = guildID
        let found = try? await database.read { connection in
            try dungeons.compactMap { try connection.fetchValue(Self.selectSQL, guildID, $0.rawValue, as: Snowflake.self) }
        }
        var seen = Set<Snowflake>()
        return (found ?? []).filter { seen.insert($0).inserted }
    }

    /// Every configured ping role, by dungeon (for the role-ping panel).
    public func all() async throws -> [(dungeon: Dungeon, role: Snowflake)] {
        let guildID = guildID
        return try await database.read { connection in
            try connection.fetchAll("SELECT dungeon_key, discord_role_id FROM dungeon_role_ping WHERE guild_id = ?1", guildID) {
                (try $0.get(0, as: String.self), try $0.get(1, as: Snowflake.self))
            }.compactMap { code, role in Dungeon.named(DungeonCode(code)).map { ($0, role) } }
        }
    }

    /// "<@&1> <@&2>", or "" for none.
    public static func mentions(_ roles: [Snowflake]) -> String {
        roles.map { "<@&\($0)>" }.joined(separator: " ")
    }

    /// `/configrolepings`: sets (or with nil removes) the dungeon's ping role and writes the
    /// `guild.dungeon_role_pings.set` audit row in the same transaction; returns the previous role.
    public func set(_ dungeon: DungeonCode, role: Snowflake?, actorID: Snowflake, now: Int64) async throws -> Snowflake? {
        let guildID = guildID
        return try await database.write { connection in
            try FirstContact.ensureGuild(connection, guildID, now: now)
            let previous = try connection.fetchValue(Self.selectSQL, guildID, dungeon.rawValue, as: Snowflake.self)
            if let role {
                try connection.execute("""
                    INSERT INTO dungeon_role_ping (guild_id, dungeon_key, discord_role_id, created_at, updated_at)
                    VALUES (?1, ?2, ?3, ?4, ?4)
                    ON CONFLICT (guild_id, dungeon_key) DO UPDATE SET discord_role_id = excluded.discord_role_id,
                                                                      updated_at = excluded.updated_at
                    """, guildID, dungeon.rawValue, role, now)
            } else {
                try connection.execute("DELETE FROM dungeon_role_ping WHERE guild_id = ?1 AND dungeon_key = ?2",
                                       guildID, dungeon.rawValue)
            }
            let metadata = "{\"dungeon_key\":\"\(dungeon.rawValue)\",\"previous_role_id\":\(Self.json(previous)),"
                + "\"current_role_id\":\(Self.json(role))}"
            try CommandLogStore.insertAudit(AuditEntry(
                guildID: guildID, actorID: actorID, action: "guild.dungeon_role_pings.set", subject: dungeon.rawValue,
                metadataJSON: metadata, createdAtUnixMilliseconds: now), on: connection)
            return previous
        }
    }

    public static func json(_ role: Snowflake?) -> String { role.map { "\"\($0)\"" } ?? "null" }
}
