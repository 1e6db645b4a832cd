import DiscordModels
import FeatureKit
import RaidDomain
import Storage

/// The two raider-facing point tables of `/configpoints` (§5.4, §5.8): completion points per
/// dungeon (`raider_points_config`, default 1) and key-pop points per key (`key_pop_points_config`,
/// default 5). Only values that differ from the default are stored (`PointDefaults`).
enum RaiderPointsKind: String, CaseIterable, Hashable, Sendable {
    case completion
    case keyPop

    /// The one-letter custom_id prefix (`r`, `k`).
    var code: String { self == .completion ? "r" : "k" }

    /// What the value is, in replies.
    var noun: String { self == .completion ? "completion points" : "points per key popped" }

    /// The value when a dungeon has none stored.
    var defaultValue: Points { self == .completion ? PointDefaults.raiderCompletion : PointDefaults.keyPop }

    /// What to store for `chosen`: nil (delete the row) for the default.
    func stored(_ chosen: Points) -> Points? {
        self == .completion ? PointDefaults.storedRaiderCompletion(chosen) : PointDefaults.storedKeyPop(chosen)
    }

    fileprivate var table: String { self == .completion ? "raider_points_config" : "key_pop_points_config" }
}

/// Reads and edits the two tables; one edit is one transaction that returns the table as it left it.
struct RaiderPointsStore: Sendable {
    let database: Database
    let guildID: UInt64

    init(_ services: QuotaServices) {
        database = services.database
        guildID = services.guildID.rawValue
    }

    /// The guild's stored (non-default) values of `kind`.
    func values(_ kind: RaiderPointsKind) async throws -> [DungeonCode: Points] {
        let guildID = guildID
        return try await database.read { try Self.values(kind, guildID: guildID, $0) }
    }

    /// Sets `dungeon` to `chosen` (the default deletes the row) and returns the stored values.
    func set(_ kind: RaiderPointsKind, _ dungeon: DungeonCode, to chosen: Points, now: Timestamp) async throws
        -> [DungeonCode: Points] {
        let guildID = guildID
        return try await database.write { connection in
            try FirstContact.ensureGuild(connection, Snowflake(guildID), now: now.unixMilliseconds)
            if let stored = kind.stored(chosen) {
                try connection.execute("""
                    INSERT INTO \(kind.table) (guild_id, dungeon_key, points, updated_at) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT DO UPDATE SET points = excluded.points, updated_at = excluded.updated_at
                    """, guildID, dungeon.rawValue, stored.hundredths, now.unixMilliseconds)
            } else {
                try connection.execute("DELETE FROM \(kind.table) WHERE guild_id = ?1 AND dungeon_key = ?2", guildID,
                                       dungeon.rawValue)
            }
            return try Self.values(kind, guildID: guildID, connection)
        }
    }

    private static func values(_ kind: RaiderPointsKind, guildID: UInt64, _ connection: Connection) throws
        -> [DungeonCode: Points] {
        Dictionary(try connection.fetchAll("SELECT dungeon_key, points FROM \(kind.table) WHERE guild_id = ?1", guildID) {
            (DungeonCode(try $0.get(0, as: String.self)), Points(hundredths: try $0.get(1, as: Int64.self)))
        }, uniquingKeysWith: max)
    }
}
