import FeatureKit
import BotKit
import DiscordModels
import RaidDomain
import Storage

/// The party finder's only database API: one method is one use case in one write transaction,
/// applying `PartyRules` / `PartyPost` to what the table holds (the table is the timer's truth).
struct PartyStore: Sendable {
    /// The database.
    let database: Database
    /// The one guild served; parties of others are invisible.
    let guildID: UInt64

    /// Party `id`, nil when unknown in this guild.
    func party(_ id: Int64) async throws -> PartyRecord? {
        let guildID = guildID
        return try await database.read { try PartyRecord.load($0, id: id, guildID: guildID) }
    }

    /// Inserts `post` with its dungeons when the member has no open party and fewer than three
    /// posts in the last 30 minutes (counted from the table).
    func create(_ post: PartyPost, ownerUsername: String?, channelID: UInt64) async throws
        -> Result<PartyRecord, PartyRefusal> {
        let guildID = guildID
        return try await database.write { connection in
            let at = post.createdAt.unixMilliseconds, owner = post.owner.rawValue
            try FirstContact.ensureGuild(connection, Snowflake(guildID), now: at)
            try FirstContact.ensureMember(connection, Snowflake(owner), username: ownerUsername, now: at)
            let open = try connection.fetchValue(PartyQueries.openPartyOfOwner, guildID, owner, as: Int64.self) != nil
            let since = post.createdAt.adding(minutes: -PartyRules.windowMinutes).unixMilliseconds
            let previous = try connection.fetchAll(PartyQueries.recentCreations, guildID, owner, since) {
                Timestamp(unixMilliseconds: try $0.get(0, as: Int64.self))
            }
            if case .failure(let violation) = PartyRules.mayCreate(hasOpenParty: open, previousCreations: previous,
                                                                   at: post.createdAt) {
                return .failure(.rule(violation))
            }
            let id = try connection.fetchOne(PartyQueries.insertParty, guildID, owner, post.name, post.description,
                                             post.location, channelID, at, post.expiresAt.unixMilliseconds) {
                try $0.get(0, as: Int64.self)
            }
            guard let id else { throw BotKitError(.databaseError, detail: "insert party returned no id") }
            for (index, dungeon) in post.dungeons.enumerated() {
                try connection.execute(PartyQueries.insertDungeon, id, dungeon.code.rawValue, index + 1)
            }
            try Self.audit("party.created", id, actor: post.owner, guildID: guildID, at: post.createdAt, on: connection)
            guard let record = try PartyRecord.load(connection, id: id, guildID: guildID) else {
                throw BotKitError(.databaseError, detail: "party \(id) vanished")
            }
            return .success(record)
        }
    }

    /// The member's open party, if any (to check its post still exists before `create`).
    func openParty(of owner: MemberID) async throws -> PartyRecord? {
        let guildID = guildID
        return try await database.read { connection in
            guard let id = try connection.fetchValue(PartyQueries.openPartyOfOwner, guildID, owner.rawValue, as: Int64.self)
            else { return nil }
            return try PartyRecord.load(connection, id: id, guildID: guildID)
        }
    }

    /// Closes a party whose post someone deleted in Discord (a moderator's doing), so it no longer
    /// blocks its owner; audited without an actor. Nil when it was no longer open.
    func closeVanished(_ id: Int64, now: Timestamp) async throws -> PartyRecord? {
        let guildID = guildID
        return try await database.write { connection in
            guard var record = try PartyRecord.load(connection, id: id, guildID: guildID), record.isOpen else { return nil }
            try Self.close(&record, reason: .moderator, actor: nil, guildID: guildID, now: now, on: connection)
            return record
        }
    }

    /// Remembers the public post and its thread.
    func attachPost(_ id: Int64, messageID: UInt64, threadID: UInt64?) async throws {
        try await database.write { try $0.execute(PartyQueries.setPost, id, messageID, threadID) }
    }

    /// Remembers the party's raid-log thread.
    func attachRaidLogThread(_ id: Int64, threadID: UInt64) async throws {
        try await database.write { try $0.execute(PartyQueries.setRaidLogThread, id, threadID) }
    }

    /// Forgets a party whose post Discord refused, so it neither blocks nor counts.
    func discardUnposted(_ id: Int64) async throws {
        try await database.write { try $0.execute(PartyQueries.discardUnposted, id) }
    }

    /// Close by `actor`: the owner, or a moderator as the hierarchy judged; audited.
    func close(_ id: Int64, by actor: MemberID, isModerator: Bool, now: Timestamp) async throws
        -> Result<PartyRecord, PartyRefusal> {
        let guildID = guildID
        return try await database.write { connection in
            guard var record = try PartyRecord.load(connection, id: id, guildID: guildID), record.isOpen else {
                return .failure(.notOpen)
            }
            guard record.post.mayBeClosed(by: actor, isModerator: isModerator) else { return .failure(.notAllowedToClose) }
            let reason: PartyCloseReason = actor == record.post.owner ? .owner : .moderator
            try Self.close(&record, reason: reason, actor: actor, guildID: guildID, now: now, on: connection)
            return .success(record)
        }
    }

    /// Extend by `actor` (owner only): one hour more, and the warnings re-armed for the new expiry.
    func extend(_ id: Int64, by actor: MemberID, now: Timestamp) async throws -> Result<PartyRecord, PartyRefusal> {
        let guildID = guildID
        return try await database.write { connection in
            guard var record = try PartyRecord.load(connection, id: id, guildID: guildID), record.isOpen,
                  !record.post.isExpired(at: now) else { return .failure(.notOpen) }
            switch record.post.extended(by: actor) {
            case .failure(let violation): return .failure(.rule(violation))
            case .success(let post): record.post = post
            }
            record.warningsSent = record.post.warningsDue(at: now)
            try connection.execute(PartyQueries.extend, id, record.post.expiresAt.unixMilliseconds, record.warningsSent)
            try Self.audit("party.extended", id, actor: actor, guildID: guildID, at: now, on: connection)
            return .success(record)
        }
    }

    /// Open parties that warn or close within the longest warning lead, soonest first.
    func partiesDue(at now: Timestamp) async throws -> [Int64] {
        let guildID = guildID, horizon = now.adding(minutes: PartyPost.warningMinutes.max() ?? 0).unixMilliseconds
        return try await database.read {
            try $0.fetchAll(PartyQueries.openDueBy, horizon, guildID) { try $0.get(0, as: Int64.self) }
        }
    }

    /// Applies the timer's next step to party `id`: records a due warning, or closes it as expired
    /// (audited, no actor). Returns the step taken and the party, nil when nothing was due.
    func advanceTimer(_ id: Int64, now: Timestamp) async throws -> (PartyTimerStep, PartyRecord)? {
        let guildID = guildID
        return try await database.write { connection in
            guard var record = try PartyRecord.load(connection, id: id, guildID: guildID), record.isOpen else { return nil }
            let step = record.post.timerStep(warningsSent: record.warningsSent, at: now)
            switch step {
            case .wait: return nil
            case .warn(_, let sent):
                try connection.execute(PartyQueries.setWarnings, id, sent)
                record.warningsSent = sent
            case .close:
                try Self.close(&record, reason: .expired, actor: nil, guildID: guildID, now: now, on: connection)
            }
            return (step, record)
        }
    }

    private static func close(_ record: inout PartyRecord, reason: PartyCloseReason, actor: MemberID?, guildID: UInt64,
                              now: Timestamp, on connection: Connection) throws {
        try connection.execute(PartyQueries.close, record.id, now.unixMilliseconds, reason.rawValue)
        record.isOpen = false
        record.closeReason = reason
        try audit("party.closed", record.id, actor: actor, guildID: guildID, at: now, on: connection,
                  meta: "{\"reason\":\"\(reason.rawValue)\"}")
    }

    private static func audit(_ action: String, _ id: Int64, actor: MemberID?, guildID: UInt64, at now: Timestamp,
                              on connection: Connection, meta: String = "{}") throws {
        try CommandLogStore.insertAudit(AuditEntry(
            guildID: Snowflake(guildID), actorID: actor.map { Snowflake($0.rawValue) }, action: action,
            subject: "party:\(id)", metadataJSON: meta, createdAtUnixMilliseconds: now.unixMilliseconds), on: connection)
    }
}
