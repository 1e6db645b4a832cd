import BotKit
import DiscordModels
import FeatureKit
import RaidDomain
import Storage

/// The punishment and note tables' only API: one method is one use case in one write transaction,
/// with its audit row, its moderation points and the role changes it implies (through the outbox),
/// so a crash between them can never leave one without the other.
struct PunishmentStore: Sendable {
    /// The database.
    let database: Database
    /// The one guild served; another guild's rows are refused.
    let guildID: UInt64

    /// A punishment about to be written.
    struct Issue: Sendable {
        /// The new row's id, chosen before the DM quotes it.
        let id: String
        let kind: PunishmentKind
        let target: MemberID
        let moderator: MemberID
        let moderatorName: String?
        let reason: String
        /// The length asked for (nil for warnings).
        let duration: DurationSpan?
        /// The moderator's Discord roles, which price their moderation points.
        let moderatorRoles: Set<RoleID>
        let now: Timestamp
    }

    /// What `issue` wrote: the new row, the one it extended, the points credited.
    struct Issued: Sendable {
        let record: PunishmentRecord
        let replaced: PunishmentRecord?
        let points: Points?
    }

    /// The member's most recent punishment of `kind` in force at `now`.
    func inForce(_ kind: PunishmentKind, of user: MemberID, now: Timestamp) async throws -> PunishmentRecord? {
        let guildID = guildID
        return try await database.read { try Self.inForce(kind, of: user, guildID: guildID, now: now, $0) }
    }

    /// Writes a punishment. A suspension or mute already in force is extended (§1.2): the old row is
    /// removed ("Extended by adding …") and the new one ends at the old expiry plus the added time.
    func issue(_ issue: Issue) async throws -> Issued {
        let guildID = guildID
        return try await database.write { connection in
            let at = issue.now.unixMilliseconds
            try FirstContact.ensureGuild(connection, Snowflake(guildID), now: at)
            try FirstContact.ensureMember(connection, issue.moderator, username: issue.moderatorName, now: issue.now)
            let replaced = try Self.replaceForExtension(issue, guildID: guildID, connection)
            let record = Self.newRecord(issue, guildID: guildID, extending: replaced)
            try connection.execute(ModerationQueries.insertPunishment, record.id, guildID, record.userID,
                                   record.moderatorID, record.kind.rawValue, record.reason,
                                   record.expiresAt?.unixMilliseconds, at)
            try Self.audit("punishment.\(issue.kind.rawValue)", "punishment:\(record.id)", actor: issue.moderator,
                           guildID: guildID, at: issue.now, meta: "{\"user_id\":\"\(issue.target)\"}", connection)
            let points = try Self.award(issue, guildID: guildID, connection)
            return Issued(record: record, replaced: replaced, points: points)
        }
    }

    /// Lifts the member's most recent `kind` in force (`/unsuspend`, `/unmute`), taking its role
    /// through the outbox in the same transaction. Nil when none is in force.
    func lift(_ kind: PunishmentKind, of user: MemberID, by actor: MemberID, reason: String, role: Snowflake?,
              now: Timestamp) async throws -> PunishmentRecord? {
        let guildID = guildID
        return try await database.write { connection in
            guard let record = try Self.inForce(kind, of: user, guildID: guildID, now: now, connection) else { return nil }
            try Self.remove(record, by: actor, reason: reason, role: role, now: now, connection)
            return record
        }
    }

    /// `/removepunishment`: an active punishment of this guild is removed (its role taken through
    /// the outbox), a note of this guild is deleted (the audit keeps its text).
    func removeRecord(_ id: String, by actor: MemberID, reason: String, roles: [GuildRole: Snowflake],
                      now: Timestamp) async throws -> Result<RemovedRecord, ModerationRefusal> {
        let guildID = guildID
        return try await database.write { connection in
            if let record = try connection.fetchOne(ModerationQueries.punishment, id, map: PunishmentRecord.decode) {
                guard record.guildID == guildID else { return .failure(.recordNotFound(id)) }
                guard record.isActive else { return .failure(.alreadyInactive(id)) }
                try Self.remove(record, by: actor, reason: reason, role: record.kind.role.flatMap { roles[$0] },
                                now: now, connection)
                return .success(.punishment(record))
            }
            guard let note = try connection.fetchOne(ModerationQueries.note, id, map: NoteRecord.decode),
                  note.guildID == guildID else { return .failure(.recordNotFound(id)) }
            try connection.execute(ModerationQueries.deleteNote, id)
            try Self.ensureActor(actor, guildID: guildID, now: now, connection)
            try Self.audit("note.removed", "note:\(id)", actor: actor, guildID: guildID, at: now,
                           meta: "{\"user_id\":\"\(note.userID)\",\"text\":\(JSONText.quoted(note.text))}", connection)
            return .success(.note(note))
        }
    }

    /// The ids of suspensions and mutes past their expiry and not processed yet.
    func expiredDue(now: Timestamp) async throws -> [String] {
        let guildID = guildID
        return try await database.read {
            try $0.fetchAll(ModerationQueries.expiredDue, now.unixMilliseconds, guildID) { try $0.get(0, as: String.self) }
        }
    }

    /// One punishment of this guild by id, whatever its state.
    func punishment(_ id: String) async throws -> PunishmentRecord? {
        let guildID = guildID
        return try await database.read { connection in
            try connection.fetchOne(ModerationQueries.punishment, id, map: PunishmentRecord.decode)
                .flatMap { $0.guildID == guildID ? $0 : nil }
        }
    }

    /// Marks an expired punishment processed (audited without an actor) and enqueues `roleRemoval`
    /// with it. Nil when it was processed already (another pass, before a restart): exactly once.
    func expire(_ id: String, roleRemoval: OutboxItem?, now: Timestamp) async throws -> PunishmentRecord? {
        let guildID = guildID
        return try await database.write { connection in
            guard let record = try connection.fetchOne(ModerationQueries.punishment, id, map: PunishmentRecord.decode),
                  record.guildID == guildID, record.isActive else { return nil }
            let reason = "\(record.kind.noun) expired automatically"
            guard try connection.execute(ModerationQueries.expire, id, now.unixMilliseconds, reason) == 1 else { return nil }
            if let roleRemoval { try Outbox.enqueue([roleRemoval], connection, now: now.unixMilliseconds) }
            try FirstContact.ensureGuild(connection, Snowflake(guildID), now: now.unixMilliseconds)
            try Self.audit("punishment.expired", "punishment:\(id)", actor: nil, guildID: guildID, at: now,
                           meta: "{\"user_id\":\"\(record.userID)\"}", connection)
            return record
        }
    }

    /// Whether another punishment of the same kind is in force for the member (then an expiring
    /// older row must not take the role the newer one still needs).
    func anotherInForce(than record: PunishmentRecord, now: Timestamp) async throws -> Bool {
        guard let current = try await inForce(record.kind, of: MemberID(record.userID), now: now) else { return false }
        return current.id != record.id
    }
}
