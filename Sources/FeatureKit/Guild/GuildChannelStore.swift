import BotKit
import DiscordModels
import Storage

/// The guild's channel mapping (`guild_channel`): the raid channel, the log channels and the rest.
public struct GuildChannelStore: Sendable {
    public let database: Database

    /// Creates the store over `database`.
    public init(database: Database) { self.database = database }

    static let selectOneSQL = """
        SELECT discord_channel_id FROM guild_channel WHERE guild_id = ?1 AND channel_key = ?2
        """
    public static let table = GuildMappingTable<GuildChannelKey>(
        selectSQL: "SELECT channel_key, discord_channel_id FROM guild_channel WHERE guild_id = ?1",
        // A moved channel forgets the panel message posted in the old one.
        upsertSQL: """
            INSERT INTO guild_channel (guild_id, channel_key, discord_channel_id, updated_at) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (guild_id, channel_key) DO UPDATE
            SET panel_message_id = CASE WHEN discord_channel_id = excluded.discord_channel_id
                                        THEN panel_message_id END,
                discord_channel_id = excluded.discord_channel_id, updated_at = excluded.updated_at
            """,
        auditAction: "guild.channels.set")

    /// Every mapped channel of the guild.
    public func channels(guildID: Snowflake) async throws -> [GuildChannelKey: Snowflake] {
        try await database.read { connection in try Self.table.mapping(guildID, on: connection) }
    }

    /// The channel mapped to `key`, if any (e.g. `.raid` for run panels, `.raidLog` for log threads).
    public func channel(_ key: GuildChannelKey, guildID: Snowflake) async throws -> Snowflake? {
        try await database.fetchValue(Self.selectOneSQL, guildID, key.rawValue, as: Snowflake.self)
    }

    /// The channel mapped to `key` and the panel message the bot keeps there (the role-ping panel).
    public func panel(_ key: GuildChannelKey, guildID: Snowflake) async throws -> (channel: Snowflake, message: Snowflake?)? {
        try await database.fetchOne(
            "SELECT discord_channel_id, panel_message_id FROM guild_channel WHERE guild_id = ?1 AND channel_key = ?2",
            guildID, key.rawValue) { (try $0.get(0, as: Snowflake.self), try $0.get(1, as: Snowflake?.self)) }
    }

    /// Remembers the panel message posted in `key`'s channel, so the next post edits it.
    public func setPanelMessage(_ message: Snowflake?, for key: GuildChannelKey, guildID: Snowflake) async throws {
        try await database.write { connection in
            try connection.execute("UPDATE guild_channel SET panel_message_id = ?3 WHERE guild_id = ?1 AND channel_key = ?2",
                                   guildID, key.rawValue, message)
        }
    }

    /// `/setchannels`: maps each given key (others untouched) and writes the `guild.channels.set`
    /// audit row in the same transaction.
    public func setChannels(_ updates: [GuildChannelKey: Snowflake], guildID: Snowflake, actorID: Snowflake,
                            now: Int64) async throws -> MappingChange<GuildChannelKey> {
        try await Self.table.set(updates, guildID: guildID, actorID: actorID, now: now, in: database)
    }
}
