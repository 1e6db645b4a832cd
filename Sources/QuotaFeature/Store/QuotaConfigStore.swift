import RaidDomain
import Storage

/// The guild's quota role configurations (`quota_role_config`), as the quota commands read them.
struct QuotaConfigStore: Sendable {
    let database: Database
    let guildID: UInt64

    init(_ services: QuotaServices) {
        database = services.database
        guildID = services.guildID.rawValue
    }

    /// The roles that have a quota configuration.
    func configuredRoles() async throws -> Set<RoleID> {
        let guildID = guildID
        return Set(try await database.read { connection in
            try connection.fetchAll("SELECT discord_role_id FROM quota_role_config WHERE guild_id = ?1", guildID) {
                RoleID(try $0.get(0, as: UInt64.self))
            }
        })
    }
}
