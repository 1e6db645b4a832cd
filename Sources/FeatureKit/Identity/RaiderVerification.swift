import BotKit
import DiscordModels
import DiscordREST
import Logging
import RaidDomain
import Storage

/// Verifying a member (§7.5), shared by staff's `/verify` and the self-service flow (Done, a
/// review's Approve) so both keep defect 25's order: every check first; then the role, whose
/// refusal stops everything with nothing written; then the row, in one transaction that checks the
/// name again (a lost race takes the role back); then the nickname.
public struct RaiderVerification: Sendable {
    /// Who holds an IGN another member asks for.
    public enum Holder: Hashable, Sendable {
        /// Nobody else.
        case nobody
        /// A member who left the server: their names are freed by the verification (§7.5).
        case departed(Snowflake)
        /// A member still in the server: the verification is refused.
        case member(Snowflake)
    }

    /// Why the row was not written (the transaction rolls back).
    public enum Conflict: Error, Hashable, Sendable {
        /// Another member holds the IGN as main or alt.
        case ignInUse(Snowflake)
    }

    let database: Database
    let rest: DiscordREST
    let guildID: Snowflake
    let logger: Logger

    /// Verifications in `environment`'s guild.
    public init(_ environment: FeatureEnvironment) {
        database = environment.database
        rest = environment.rest
        guildID = environment.guildID
        logger = environment.logger
    }

    /// Who other than `member` holds `ign`; a holder is asked of Discord, since one who left the
    /// server no longer blocks the name.
    public func holder(of ign: IGN, except member: Snowflake) async throws -> Holder {
        let guild = guildID
        guard let holder = try await database.read({ try Self.holder(of: ign, except: member, guildID: guild, $0) }) else {
            return .nobody
        }
        return try await rest.findMember(guildID: guildID, userID: holder) == nil ? .departed(holder) : .member(holder)
    }

    /// Gives `role`; false (logged) when Discord refuses, so the caller stops before any write.
    public func grant(_ role: Snowflake, to member: Snowflake, reason: String) async -> Bool {
        do {
            try await rest.addMemberRole(guildID: guildID, userID: member, roleID: role, reason: reason)
            return true
        } catch {
            logger.warning("verified role not granted", metadata: ["user.id": "\(member)", "error": "\(error)"])
            return false
        }
    }

    /// Takes back a role given for a verification the database then refused (a lost race), so
    /// Discord never shows a verification the database does not hold.
    public func revoke(_ role: Snowflake, from member: Snowflake) async {
        do {
            try await rest.removeMemberRole(guildID: guildID, userID: member, roleID: role, reason: "Verification not recorded")
        } catch {
            logger.error("verified role left on a member whose verification was not recorded",
                         metadata: ["user.id": "\(member)", "error": "\(error)"])
        }
    }
}

/// The transaction step and its SQL. `ign` and `alt_ign` are `COLLATE NOCASE` (schema 0001).
extension RaiderVerification {
    /// One verification to write.
    public struct Record: Sendable {
        public let member: Snowflake
        public let username: String?
        public let ign: IGN
        public let nickname: String?
        /// Who verified: staff, or the member themselves.
        public let actor: Snowflake
        public let now: Timestamp
        /// The audit row's metadata (JSON object text).
        public let auditMetadata: String

        public init(member: Snowflake, username: String? = nil, ign: IGN, nickname: String?, actor: Snowflake,
                    now: Timestamp, auditMetadata: String) {
            self.member = member
            self.username = username
            self.ign = ign
            self.nickname = nickname
            self.actor = actor
            self.now = now
            self.auditMetadata = auditMetadata
        }
    }

    /// Another member holding `name` as main or alt. (guild, user, name)
    static let holderSQL = """
        SELECT user_id FROM raider WHERE guild_id = ?1 AND user_id <> ?2 AND ign = ?3
        UNION ALL
        SELECT user_id FROM raider WHERE guild_id = ?1 AND user_id <> ?2 AND alt_ign = ?3
        LIMIT 1
        """
    /// Marks the member verified under `ign`, creating the row if needed; an existing row keeps its
    /// modmail blacklist columns. (guild, user, ign, nickname, now)
    static let verifySQL = """
        INSERT INTO raider (guild_id, user_id, nickname, status, verified_at, created_at, ign)
        VALUES (?1, ?2, ?4, 'approved', ?5, ?5, ?3)
        ON CONFLICT (guild_id, user_id) DO UPDATE SET status = 'approved', verified_at = excluded.verified_at,
            ign = excluded.ign, alt_ign = NULL, nickname = excluded.nickname
        """
    /// Takes the member out of verification: names freed, status back to pending; the modmail
    /// blacklist columns are deliberately untouched (defect 27). (guild, user)
    public static let unverifySQL = """
        UPDATE raider SET status = 'pending', ign = NULL, alt_ign = NULL, nickname = NULL, verified_at = NULL
        WHERE guild_id = ?1 AND user_id = ?2
        """

    /// Another member holding `name` as main or alt, on the caller's connection.
    public static func holder(of name: IGN, except member: Snowflake, guildID: Snowflake, _ connection: Connection) throws -> Snowflake? {
        try connection.fetchOne(holderSQL, guildID, member, name.value) { try $0.get(0, as: Snowflake.self) }
    }

    /// On the caller's write transaction: frees a `departed` holder's names (audited), refuses a
    /// name someone else still holds (`Conflict.ignInUse`), writes the row approved and audits it.
    public static func record(_ record: Record, freeing departed: Snowflake?, guildID: Snowflake, _ connection: Connection) throws {
        try FirstContact.ensureGuild(connection, guildID, now: record.now.unixMilliseconds)
        try FirstContact.ensureMember(connection, MemberID(record.member.rawValue), username: record.username, now: record.now)
        try FirstContact.ensureMember(connection, MemberID(record.actor.rawValue), username: nil, now: record.now)
        if let departed {
            try connection.execute(unverifySQL, guildID, departed)
            try audit("raider.unverify", record, subject: departed, meta: "{\"reason\":\"left the server\"}", guildID, connection)
        }
        if let holder = try holder(of: record.ign, except: record.member, guildID: guildID, connection) {
            throw Conflict.ignInUse(holder)
        }
        try connection.execute(verifySQL, guildID, record.member, record.ign.value, record.nickname, record.now.unixMilliseconds)
        try audit("raider.verify", record, subject: record.member, meta: record.auditMetadata, guildID, connection)
    }

    private static func audit(_ action: String, _ record: Record, subject: Snowflake, meta: String, _ guildID: Snowflake,
                              _ connection: Connection) throws {
        try CommandLogStore.insertAudit(AuditEntry(
            guildID: guildID, actorID: record.actor, action: action, subject: "user:\(subject)",
            metadataJSON: meta, createdAtUnixMilliseconds: record.now.unixMilliseconds), on: connection)
    }
}
