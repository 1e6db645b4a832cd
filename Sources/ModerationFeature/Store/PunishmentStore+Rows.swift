import BotKit
import DiscordModels
import FeatureKit
import RaidDomain
import Storage

/// The row-level steps `PunishmentStore`'s use cases share, each inside the caller's transaction.
extension PunishmentStore {
    /// The suffix an extended punishment's reason carries (§1.2).
    static func extensionSuffix(_ kind: PunishmentKind) -> String {
        " [Extended from previous \(kind.noun.lowercased())]"
    }

    static func inForce(_ kind: PunishmentKind, of user: MemberID, guildID: UInt64, now: Timestamp,
                        _ connection: Connection) throws -> PunishmentRecord? {
        try connection.fetchOne(ModerationQueries.inForce, guildID, user.rawValue, kind.rawValue, now.unixMilliseconds,
                                map: PunishmentRecord.decode)
    }

    /// Removes the suspension or mute in force that `issue` extends, if any, and returns it.
    static func replaceForExtension(_ issue: Issue, guildID: UInt64, _ connection: Connection) throws -> PunishmentRecord? {
        guard let duration = issue.duration,
              let current = try inForce(issue.kind, of: issue.target, guildID: guildID, now: issue.now, connection)
        else { return nil }
        try connection.execute(ModerationQueries.remove, current.id, issue.now.unixMilliseconds, issue.moderator.rawValue,
                               "Extended by adding \(duration)")
        return current
    }

    /// The row `issue` writes: ends at now + duration, or at the extended one's expiry + duration,
    /// with the reason cut so the extension suffix still fits the 500-character column.
    static func newRecord(_ issue: Issue, guildID: UInt64, extending replaced: PunishmentRecord?) -> PunishmentRecord {
        let start = replaced?.expiresAt.map { max($0, issue.now) } ?? issue.now
        var reason = issue.reason
        if replaced != nil {
            let suffix = extensionSuffix(issue.kind)
            let room = ModerationLimits.reason - suffix.storedLength
            if reason.storedLength > room { reason = String(String.UnicodeScalarView(reason.unicodeScalars.prefix(room))) }
            reason += suffix
        }
        return PunishmentRecord(
            id: issue.id, guildID: guildID, userID: issue.target.rawValue, moderatorID: issue.moderator.rawValue,
            kind: issue.kind, reason: reason, expiresAt: issue.duration.map { start.adding(seconds: $0.seconds) },
            isActive: true, createdAt: issue.now, removedAt: nil, removedBy: nil, removalReason: nil)
    }

    /// Removes `record` by hand: the row, its role (through the outbox), the audit.
    static func remove(_ record: PunishmentRecord, by actor: MemberID, reason: String, role: Snowflake?, now: Timestamp,
                       _ connection: Connection) throws {
        try connection.execute(ModerationQueries.remove, record.id, now.unixMilliseconds, actor.rawValue, reason)
        if let role, record.kind.role != nil {
            try Outbox.enqueue([.memberRole(guildID: Snowflake(record.guildID), userID: Snowflake(record.userID),
                                            roleID: role, present: false, reason: "Punishment removed: \(reason)")],
                               connection, now: now.unixMilliseconds)
        }
        try ensureActor(actor, guildID: record.guildID, now: now, connection)
        try audit("punishment.removed", "punishment:\(record.id)", actor: actor, guildID: record.guildID, at: now,
                  meta: "{\"user_id\":\"\(record.userID)\",\"type\":\"\(record.kind.rawValue)\"}", connection)
    }

    /// Credits the moderator's quota for warnings and suspensions (§5.5; mutes earn nothing).
    static func award(_ issue: Issue, guildID: UInt64, _ connection: Connection) throws -> Points? {
        let action: ModerationAction
        switch issue.kind {
        case .warn: action = .warn
        case .suspend: action = .suspend
        case .mute: return nil
        }
        return try PointsLedger(connection, guildID: guildID, now: issue.now)
            .awardModeration(action, actor: issue.moderator, target: issue.target, roles: issue.moderatorRoles)
    }

    /// The guild and actor rows the audit's foreign keys need.
    static func ensureActor(_ actor: MemberID, guildID: UInt64, now: Timestamp, _ connection: Connection) throws {
        try FirstContact.ensureGuild(connection, Snowflake(guildID), now: now.unixMilliseconds)
        try FirstContact.ensureMember(connection, actor, username: nil, now: now)
    }

    static func audit(_ action: String, _ subject: String, actor: MemberID?, guildID: UInt64, at now: Timestamp,
                      meta: String, _ connection: Connection) throws {
        try CommandLogStore.insertAudit(AuditEntry(
            guildID: Snowflake(guildID), actorID: actor.map { Snowflake($0.rawValue) }, action: action, subject: subject,
            metadataJSON: meta, createdAtUnixMilliseconds: now.unixMilliseconds), on: connection)
    }
}
