import DiscordModels
import FeatureKit
import Storage

/// Reads and writes `guild_verification_config`. Every write replaces the values it names: an
/// empty option really clears (the incumbent's COALESCE kept the old value, §7.6).
public struct VerificationConfigStore: Sendable {
    let database: Database

    /// The store over `database`.
    public init(database: Database) { self.database = database }

    /// The guild's settings (defaults when none were ever set).
    public func config(guild: Snowflake) async throws -> VerificationConfig {
        try await database.read { connection in
            try connection.fetchOne(Queries.select, guild, map: Self.config) ?? VerificationConfig()
        }
    }

    /// Sets the panel's message and image (nil clears).
    public func setPanel(message: String?, image: String?, guild: Snowflake, now: Int64) async throws {
        try await write(Queries.setPanel, guild, message, image, now: now)
    }

    /// Sets the manual instructions and image (nil clears).
    public func setManual(instructions: String?, image: String?, guild: Snowflake, now: Int64) async throws {
        try await write(Queries.setManual, guild, instructions, image, now: now)
    }

    /// Sets the RealmEye steps' image (nil clears).
    public func setRealmEyeImage(_ image: String?, guild: Snowflake, now: Int64) async throws {
        try await write(Queries.setRealmEyeImage, guild, image, nil, now: now)
    }

    /// Replaces the requirements.
    public func setRequirements(_ requirements: VerificationRequirements, guild: Snowflake, now: Int64) async throws {
        try await database.write { connection in
            try FirstContact.ensureGuild(connection, guild, now: now)
            try connection.execute(Queries.ensure, guild, now)
            try connection.execute(Queries.setRequirements, guild, requirements.minimumStars, requirements.minimumAliveFame,
                                   requirements.minimumCharacters, requirements.createdMustBeVisible ? 1 : 0,
                                   requirements.guildRequired ? 1 : 0, now)
        }
    }

    private func write(_ sql: String, _ guild: Snowflake, _ first: String?, _ second: String?, now: Int64) async throws {
        try await database.write { connection in
            try FirstContact.ensureGuild(connection, guild, now: now)
            try connection.execute(Queries.ensure, guild, now)
            try connection.execute(sql, guild, first, second, now)
        }
    }

    private static func config(_ row: Row) throws -> VerificationConfig {
        VerificationConfig(
            panelMessage: try row.get(0, as: String?.self), panelImage: try row.get(1, as: String?.self),
            manualInstructions: try row.get(2, as: String?.self), manualImage: try row.get(3, as: String?.self),
            realmEyeImage: try row.get(4, as: String?.self),
            requirements: VerificationRequirements(
                minimumStars: try row.get(5, as: Int?.self), minimumAliveFame: try row.get(6, as: Int?.self),
                minimumCharacters: try row.get(7, as: Int?.self), createdMustBeVisible: try row.get(8, as: Int.self) == 1,
                guildRequired: try row.get(9, as: Int.self) == 1))
    }

    /// The SQL of this store.
    enum Queries {
        /// (guild)
        static let select = """
            SELECT panel_custom_message, panel_custom_message_image, manual_verify_instructions,
                   manual_verify_instructions_image, realmeye_instructions_image, min_stars, min_alive_fame,
                   min_characters, created_must_be_visible, guild_required
            FROM guild_verification_config WHERE guild_id = ?1
            """
        /// (guild, now)
        static let ensure = """
            INSERT INTO guild_verification_config (guild_id, updated_at) VALUES (?1, ?2) ON CONFLICT (guild_id) DO NOTHING
            """
        /// (guild, message, image, now)
        static let setPanel = """
            UPDATE guild_verification_config SET panel_custom_message = ?2, panel_custom_message_image = ?3, updated_at = ?4
            WHERE guild_id = ?1
            """
        /// (guild, instructions, image, now)
        static let setManual = """
            UPDATE guild_verification_config SET manual_verify_instructions = ?2, manual_verify_instructions_image = ?3,
                updated_at = ?4 WHERE guild_id = ?1
            """
        /// (guild, image, unused, now)
        static let setRealmEyeImage = """
            UPDATE guild_verification_config SET realmeye_instructions_image = ?2, updated_at = ?4 WHERE guild_id = ?1 AND ?3 IS NULL
            """
        /// (guild, stars, fame, characters, created visible, guild required, now)
        static let setRequirements = """
            UPDATE guild_verification_config SET min_stars = ?2, min_alive_fame = ?3, min_characters = ?4,
                created_must_be_visible = ?5, guild_required = ?6, updated_at = ?7 WHERE guild_id = ?1
            """
    }
}
