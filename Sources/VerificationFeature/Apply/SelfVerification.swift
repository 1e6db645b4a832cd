import DiscordModels
import DiscordREST
import FeatureKit
import Storage

/// Applying a self-service verification (§7.5), only after every check passed (defect 25): the
/// role is mapped and the IGN is free (case-insensitive) first; then the raider row is written,
/// whose unique index settles a race on the IGN before Discord is touched; then the role, then
/// the nickname. The identity feature has its own for `/verify`; to be merged.
enum SelfVerification {
    /// What was applied.
    struct Applied: Hashable, Sendable {
        /// Whether the nickname was set (Discord refuses it for the guild owner or a higher member).
        let nicknameSet: Bool
    }

    /// Verifies `userID` as `ign`; throws `VerificationRefusal` with nothing applied when a check fails.
    static func apply(_ userID: Snowflake, username: String?, ign: String, _ services: VerificationServices) async throws -> Applied {
        let role = try await services.verifiedRole()
        let guild = services.guildID, now = services.now()
        let recorded: Bool = try await services.environment.database.write { connection in
            if try connection.fetchValue(Queries.holder, guild, ign, userID, as: Snowflake.self) != nil { return false }
            try FirstContact.ensureGuild(connection, guild, now: now)
            try FirstContact.ensureMember(connection, userID, username: username, now: now)
            try connection.execute(Queries.record, guild, userID, ign, now)
            return true
        }
        guard recorded else { throw VerificationRefusal.ignTaken(ign) }
        do {
            try await services.rest.addMemberRole(guildID: guild, userID: userID, roleID: role, reason: "Verified as \(ign)")
        } catch {
            services.logger.warning("verified raider role not given", metadata: ["user.id": "\(userID)", "error": "\(error)"])
            throw VerificationRefusal.discordRefused("give you the verified role")
        }
        do {
            _ = try await services.rest.modifyMember(guildID: guild, userID: userID, MemberModification(nick: .set(ign)),
                                                     reason: "Verified as \(ign)")
            return Applied(nicknameSet: true)
        } catch {
            services.logger.info("verification nickname not set", metadata: ["user.id": "\(userID)", "error": "\(error)"])
            return Applied(nicknameSet: false)
        }
    }

    enum Queries {
        /// Another member holding `ign` as main in the guild (NOCASE column). (guild, ign, user)
        static let holder = "SELECT user_id FROM raider WHERE guild_id = ?1 AND ign = ?2 AND user_id <> ?3 LIMIT 1"
        /// (guild, user, ign, now)
        static let record = """
            INSERT INTO raider (guild_id, user_id, status, verified_at, created_at, ign) VALUES (?1, ?2, 'approved', ?4, ?4, ?3)
            ON CONFLICT (guild_id, user_id) DO UPDATE SET ign = excluded.ign, status = 'approved', verified_at = excluded.verified_at
            """
    }
}
