import BotKit
import DiscordModels
import FeatureKit
import RaidDomain
import Storage

/// The row-level steps `RaiderStore`'s use cases share, each on the caller's transaction.
extension RaiderStore {
    /// The member's row.
    static func record(_ user: UInt64, guildID: UInt64, _ connection: Connection) throws -> RaiderRecord? {
        try connection.fetchOne(RaiderQueries.record, guildID, user) { row in
            RaiderRecord(userID: try row.get(0), status: try row.get(1),
                         main: Self.name(try row.get(2, as: String?.self)), alt: Self.name(try row.get(3, as: String?.self)),
                         modmailBlacklisted: try row.get(4, as: Int64.self) == 1)
        }
    }

    /// The member's row, refused unless they are verified.
    static func verified(_ user: UInt64, guildID: UInt64, _ connection: Connection) throws -> RaiderRecord {
        guard let record = try record(user, guildID: guildID, connection), record.isVerified else {
            throw IdentityRefusal.notVerified
        }
        return record
    }

    /// Another member holding `name` as main or alt.
    static func holder(of name: IGN, except user: UInt64, guildID: UInt64, _ connection: Connection) throws -> UInt64? {
        try RaiderVerification.holder(of: name, except: Snowflake(user), guildID: Snowflake(guildID), connection)?.rawValue
    }

    /// The guild and member rows the raider and audit foreign keys need.
    static func ensureRows(_ change: IdentityChange, guildID: UInt64, _ connection: Connection) throws {
        try FirstContact.ensureGuild(connection, Snowflake(guildID), now: change.now.unixMilliseconds)
        try FirstContact.ensureMember(connection, MemberID(change.target), username: nil, now: change.now)
        try FirstContact.ensureMember(connection, MemberID(change.actor), username: nil, now: change.now)
    }

    /// An audit row for `change`.
    static func audit(_ action: String, _ change: IdentityChange, guildID: UInt64, meta: String,
                      _ connection: Connection) throws {
        try CommandLogStore.insertAudit(AuditEntry(
            guildID: Snowflake(guildID), actorID: Snowflake(change.actor), action: action, subject: "user:\(change.target)",
            metadataJSON: meta, createdAtUnixMilliseconds: change.now.unixMilliseconds), on: connection)
    }

    /// Moderation points for the actor (§5.5).
    static func award(_ action: ModerationAction, _ change: IdentityChange, guildID: UInt64,
                      _ connection: Connection) throws -> Points {
        try PointsLedger(connection, guildID: guildID, now: change.now)
            .awardModeration(action, actor: MemberID(change.actor), target: MemberID(change.target), roles: change.actorRoles)
    }

    /// A stored IGN (always valid, since only validated names are written).
    static func name(_ text: String?) -> IGN? { text.flatMap { try? IGN.parse($0).get() } }
}
