import DiscordModels
import DiscordREST
import FeatureKit
import RaidDomain

/// Applying a self-service verification (§7.5), only after every check passed (defect 25), in the
/// order `/verify` keeps (`RaiderVerification`): the role mapped and the IGN free of members still
/// in the server (a holder who left is freed); the role, whose refusal leaves nothing written; the
/// row, whose transaction checks the IGN again (a lost race takes the role back); the nickname.
enum SelfVerification {
    /// What was applied.
    struct Applied: Hashable, Sendable {
        /// Whether the nickname was set (Discord refuses it for the guild owner or a higher member).
        let nicknameSet: Bool
        /// The member's username as Discord reports it now (for the logs).
        let username: String?
    }

    /// Who approved a review: credited `verify` moderation points, priced by their roles (§5.5).
    struct Reviewer: Sendable {
        let id: Snowflake
        let roles: Set<RoleID>
    }

    /// Verifies `userID` as `ign`, by themselves (Done) or approved by `reviewer`; throws
    /// `VerificationRefusal` with nothing applied when a check fails.
    static func apply(_ userID: Snowflake, username: String?, ign: IGN, reviewer: Reviewer? = nil,
                      _ services: VerificationServices) async throws -> Applied {
        let role = try await services.verifiedRole(), steps = RaiderVerification(services.environment)
        let departed = try await freeName(ign, for: userID, steps)
        let member = try await services.rest.findMember(guildID: services.guildID, userID: userID)
        let name = member?.user?.username ?? username
        guard await steps.grant(role, to: userID, reason: "Verified as \(ign.value)") else {
            throw VerificationRefusal.discordRefused("give you the verified role")
        }
        do {
            try await record(userID, username: name, ign: ign, reviewer: reviewer, freeing: departed, services)
        } catch {
            if member?.roles.contains(role) != true { await steps.revoke(role, from: userID) }
            if case RaiderVerification.Conflict.ignInUse = error { throw VerificationRefusal.ignTaken(ign.value) }
            throw error
        }
        return Applied(nicknameSet: await setNickname(ign, of: userID, services), username: name)
    }

    /// The holder who left the server, whose names the write frees; refuses a holder still here.
    private static func freeName(_ ign: IGN, for userID: Snowflake, _ steps: RaiderVerification) async throws -> Snowflake? {
        switch try await steps.holder(of: ign, except: userID) {
        case .nobody: nil
        case .departed(let holder): holder
        case .member: throw VerificationRefusal.ignTaken(ign.value)
        }
    }

    /// The raider row, its audit and (for a review) the reviewer's points, in one transaction.
    private static func record(_ userID: Snowflake, username: String?, ign: IGN, reviewer: Reviewer?, freeing departed: Snowflake?,
                               _ services: VerificationServices) async throws {
        let guild = services.guildID, now = Timestamp(unixMilliseconds: services.now())
        let entry = RaiderVerification.Record(
            member: userID, username: username, ign: ign, nickname: ign.value, actor: reviewer?.id ?? userID, now: now,
            auditMetadata: "{\"ign\":\(JSONText.quoted(ign.value)),\"method\":\"\(reviewer == nil ? "realmeye" : "review")\"}")
        let awarded: Points = try await services.environment.database.write { connection in
            try RaiderVerification.record(entry, freeing: departed, guildID: guild, connection)
            guard let reviewer else { return .zero }
            return try PointsLedger(connection, guildID: guild.rawValue, now: now)
                .awardModeration(.verify, actor: MemberID(reviewer.id.rawValue), target: MemberID(userID.rawValue), roles: reviewer.roles)
        }
        if awarded > .zero { services.environment.outbox.nudge() }
    }

    /// Sets the nickname to the IGN; false when Discord refuses.
    private static func setNickname(_ ign: IGN, of userID: Snowflake, _ services: VerificationServices) async -> Bool {
        do {
            _ = try await services.rest.modifyMember(guildID: services.guildID, userID: userID, MemberModification(nick: .set(ign.value)),
                                                     reason: "Verified as \(ign.value)")
            return true
        } catch {
            services.logger.info("verification nickname not set", metadata: ["user.id": "\(userID)", "error": "\(error)"])
            return false
        }
    }
}
