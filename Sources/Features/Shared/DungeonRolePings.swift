import DiscordModels
import RaidDomain
import Storage

/// The guild's dungeon ping roles (`dungeon_role_ping`, §8.5): run creation, headcounts, conversion
/// and start pings append them to `@here`. A failed read pings no role rather than failing the run.
public struct DungeonRolePings: Sendable {
    static let selectSQL = "SELECT discord_role_id FROM dungeon_role_ping WHERE guild_id = ?1 AND dungeon_key = ?2"

    let database: Database
    let guildID: Snowflake

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

    /// "<@&1> <@&2>", or "" for none.
    public static func mentions(_ roles: [Snowflake]) -> String {
        roles.map { "<@&\($0)>" }.joined(separator: " ")
    }
}
