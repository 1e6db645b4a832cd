import DiscordModels
import Storage

/// Reads and writes `/createrole` configurations: one per (guild, role).
struct CustomRoleConfigStore: Sendable {
    let database: Database

    /// The configuration `id`, if it still exists.
    func config(_ id: Int64) async throws -> CustomRoleConfig? {
        try await database.fetchOne(CustomRoleQueries.config, id, map: Self.config)
    }

    /// Creates or replaces the configuration of `settings.roleID`, forgetting its panel (a new one is
    /// posted); returns it with the panel it had before, which the caller replaces.
    func save(_ settings: CustomRoleSettings, guild: Snowflake, actor: Snowflake,
              now: Int64) async throws -> (config: CustomRoleConfig, previous: CustomRoleConfig?) {
        try await database.write { connection in
            let previous = try connection.fetchOne(CustomRoleQueries.configByRole, guild, settings.roleID, map: Self.config)
            guard let id = try connection.fetchValue(
                CustomRoleQueries.upsertConfig, guild, settings.roleID, settings.roleChannelID, settings.verificationChannelID,
                settings.instructions, settings.roleDescription, settings.exampleImage, actor, now, as: Int64.self),
                let config = try connection.fetchOne(CustomRoleQueries.config, id, map: Self.config)
            else { throw CustomRoleRefusal.panelGone }
            return (config, previous)
        }
    }

    /// Remembers the panel posted for configuration `id`.
    func setPanel(_ id: Int64, message: Snowflake) async throws {
        try await database.write { _ = try $0.execute(CustomRoleQueries.setPanel, id, message) }
    }

    private static func config(_ row: Row) throws -> CustomRoleConfig {
        CustomRoleConfig(
            id: try row.get(0, as: Int64.self),
            settings: CustomRoleSettings(roleID: try row.get(1, as: Snowflake.self), roleChannelID: try row.get(2, as: Snowflake.self),
                                         verificationChannelID: try row.get(3, as: Snowflake.self),
                                         instructions: try row.get(4, as: String.self), roleDescription: try row.get(5, as: String?.self),
                                         exampleImage: try row.get(6, as: String?.self)),
            panelMessageID: try row.get(7, as: Snowflake?.self))
    }
}
