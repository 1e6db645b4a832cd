import BotKit
import DiscordModels
import Storage

/// The guild's channel mapping (`guild_channel`): the raid channel, the log channels and the rest.
public struct GuildChannelStore: Sendable {
    let database: Database

    /// Creates the store over `database`.
    public init(database: Database) { self.database = database }

    static let selectSQL = """
        SELECT channel_key, discord_channel_id FROM guild_channel WHERE guild_id = ?1 ORDER BY channel_key
        """
    static let selectOneSQL = """
        SELECT discord_channel_id FROM guild_channel WHERE guild_id = ?1 AND channel_key = ?2
        """
    /// A changed channel forgets the panel message posted in the old one.
    static let upsertSQL = """
        INSERT INTO guild_channel (guild_id, channel_key, discord_channel_id, updated_at) VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT (guild_id, channel_key) DO UPDATE
        SET panel_message_id = CASE WHEN discord_channel_id = excluded.discord_channel_id
                                    THEN panel_message_id END,
            discord_channel_id = excluded.discord_channel_id, updated_at = excluded.updated_at
        """

    /// Every mapped channel of the guild.
    public func channels(guildID: Snowflake) async throws -> [GuildChannelKey: Snowflake] {
        try await database.read { connection in try Self.channels(guildID, on: connection) }
    }

    /// The channel mapped to `key`, if any (e.g. `.raid` for run panels, `.raidLog` for log threads).
    public func channel(_ key: GuildChannelKey, guildID: Snowflake) async throws -> Snowflake? {
        try await database.read { connection in
            try connection.fetchValue(Self.selectOneSQL, guildID, key.rawValue, as: Snowflake.self)
        }
    }

    /// Maps each given key (others untouched) and writes the audit row in the same transaction;
    /// returns the whole resulting mapping.
    public func setChannels(_ changes: [GuildChannelKey: Snowflake], guildID: Snowflake,
                            audit: AuditEntry) async throws -> [GuildChannelKey: Snowflake] {
        try await database.write { connection in
            try FirstContact.ensureGuild(connection, guildID, now: audit.createdAtUnixMilliseconds)
            for (key, channel) in changes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                try connection.execute(Self.upsertSQL, guildID, key.rawValue, channel, audit.createdAtUnixMilliseconds)
            }
            try CommandLogStore.insertAudit(audit, on: connection)
            return try Self.channels(guildID, on: connection)
        }
    }

    static func channels(_ guildID: Snowflake, on connection: Connection) throws -> [GuildChannelKey: Snowflake] {
        let rows = try connection.fetchAll(selectSQL, guildID) { row in
            (try row.get(0, as: String.self), try row.get(1, as: Snowflake.self))
        }
        return rows.reduce(into: [:]) { mapping, row in
            if let key = GuildChannelKey(rawValue: row.0) { mapping[key] = row.1 }
        }
    }
}
