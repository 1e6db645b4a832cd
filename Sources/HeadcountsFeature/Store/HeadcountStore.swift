import FeatureKit
import RunsFeature
import BotKit
import DiscordModels
import RaidDomain
import Storage

/// The headcounts' only database API: one method is one use case in one write transaction, so a
/// restart loses nothing (defect 18). Rules come from `HeadcountRules`.
public struct HeadcountStore: Sendable {
    /// The database.
    public let database: Database
    /// The one guild this bot serves; other guilds' headcounts are invisible.
    public let guildID: UInt64

    /// A store over `database` for `guildID`.
    public init(database: Database, guildID: UInt64) {
        self.database = database
        self.guildID = guildID
    }

    /// The headcount and its counts, or nil when it does not exist in this guild.
    public func headcountWithTally(_ id: Int64) async throws -> (HeadcountRecord, HeadcountTally)? {
        let guildID = guildID
        return try await database.read { connection in
            guard let record = try HeadcountRecord.load(connection, id: id, guildID: guildID) else { return nil }
            return (record, try HeadcountTally.load(connection, headcountID: id))
        }
    }

    /// Creates an active headcount polling `dungeons` in one transaction: the guild and organizer
    /// rows, the one-activity rule (activities whose message is in `deletedMessages` are closed
    /// quietly), the insert of the headcount and its dungeons, and the organizer's auto-join.
    public func create(organizer: MemberID, username: String?, dungeons: [Dungeon], channelID: UInt64,
                       deletedMessages: Set<UInt64> = [], now: Timestamp) async throws
        -> Result<HeadcountRecord, RunRuleViolation> {
        let guildID = guildID
        return try await database.write { connection in
            let at = now.unixMilliseconds
            try FirstContact.ensureGuild(connection, Snowflake(guildID), name: "Guild", now: at)
            try FirstContact.ensureMember(connection, organizer, username: username, now: now)
            if let refusal = try OneActivityRule.makeRoom(
                connection, guildID: guildID, organizer: organizer, deletedMessages: deletedMessages, now: now,
                cancelRun: { try RunStore.cancelAbandoned($0, $1, guildID: guildID, now: now) }) {
                return .failure(refusal)
            }
            guard let id = try connection.fetchOne(HeadcountQueries.insert, guildID, organizer.rawValue, channelID, at,
                                                   map: { try $0.get(0, as: Int64.self) }) else {
                throw BotKitError(.databaseError, detail: "insert headcount returned no id")
            }
            for (index, dungeon) in dungeons.enumerated() {
                try connection.execute(HeadcountQueries.insertDungeon, id, dungeon.code.rawValue, index + 1)
            }
            try connection.execute(HeadcountQueries.join, id, organizer.rawValue, at)
            try Self.audit("headcount.created", id, guildID: guildID, actor: organizer, now: now, connection)
            guard let record = try HeadcountRecord.load(connection, id: id, guildID: guildID) else {
                throw BotKitError(.databaseError, detail: "headcount \(id) vanished")
            }
            return .success(record)
        }
    }

    /// Applies the command `makeCommand` builds from the member's participation (their keys for
    /// `dungeon`, when given) and carries out its effects, in one transaction. Refusals write nothing.
    /// `byBot` records the bot, not `member`, as the actor (the stale sweep).
    public func perform(
        _ id: Int64, member: MemberID, username: String? = nil, keysFor dungeon: DungeonCode? = nil,
        hasSuspendedRole: Bool = false, byBot: Bool = false, now: Timestamp,
        _ makeCommand: @escaping @Sendable (Participant) -> HeadcountCommand
    ) async throws -> Result<HeadcountOutcome, RunRuleViolation> {
        let guildID = guildID
        return try await database.write { connection in
            guard var record = try HeadcountRecord.load(connection, id: id, guildID: guildID) else {
                throw HeadcountComponentIDs.gone(id)
            }
            let participant = try Self.participant(connection, guildID: guildID, id: id, member: member, dungeon: dungeon,
                                                   hasSuspendedRole: hasSuspendedRole, now: now)
            let transition: HeadcountTransition
            switch HeadcountRules.apply(makeCommand(participant), to: record.state) {
            case .failure(let violation): return .failure(violation)
            case .success(let next): transition = next
            }
            try FirstContact.ensureMember(connection, member, username: username, now: now)
            for effect in transition.effects {
                try Self.write(effect, headcount: id, guildID: guildID, actor: byBot ? nil : member, now: now, connection)
            }
            record.state = transition.state
            return .success(HeadcountOutcome(record: record, effects: transition.effects,
                                             tally: try HeadcountTally.load(connection, headcountID: id)))
        }
    }

    /// Remembers the public panel message.
    public func attachMessage(_ id: Int64, messageID: UInt64) async throws {
        try await database.write { try $0.execute(HeadcountQueries.setMessage, id, messageID) }
    }

    /// Remembers the headcount's raid-log thread.
    public func attachRaidLogThread(_ id: Int64, threadID: UInt64) async throws {
        try await database.write { try $0.execute(HeadcountQueries.setRaidLogThread, id, threadID) }
    }

    /// Active headcounts that went stale by `now` (the hourly sweep's work list).
    public func staleHeadcounts(at now: Timestamp) async throws -> [Int64] {
        let guildID = guildID, cutoff = now.adding(minutes: -24 * 60).unixMilliseconds
        return try await database.read {
            try $0.fetchAll(HeadcountQueries.createdBefore, guildID, cutoff) { try $0.get(0, as: Int64.self) }
        }
    }

    static func participant(_ connection: Connection, guildID: UInt64, id: Int64, member: MemberID, dungeon: DungeonCode?,
                            hasSuspendedRole: Bool, now: Timestamp) throws -> Participant {
        let joined = try connection.fetchValue(HeadcountQueries.isParticipant, id, member.rawValue, as: Bool.self) ?? false
        let keys = try dungeon.map { code in
            try connection.fetchAll(HeadcountQueries.participantKeys, id, code.rawValue, member.rawValue) {
                ReactionKey(try $0.get(0, as: String.self))
            }
        } ?? []
        let suspended = try Suspensions.isSuspended(connection, guildID: guildID, member: member, now: now)
        return Participant(member: member, isJoined: joined, isSuspended: suspended || hasSuspendedRole,
                           offeredKeys: Set(keys))
    }

    private static func write(_ effect: HeadcountEffect, headcount id: Int64, guildID: UInt64, actor: MemberID?,
                              now: Timestamp, _ connection: Connection) throws {
        let at = now.unixMilliseconds
        switch effect {
        case .joined(let member): try connection.execute(HeadcountQueries.join, id, member.rawValue, at)
        case .left(let member): try connection.execute(HeadcountQueries.leave, id, member.rawValue)
        case .keyOffered(let member, let dungeon, let key):
            try connection.execute(HeadcountQueries.offerKey, id, dungeon.rawValue, key.rawValue, member.rawValue, at)
        case .keyWithdrawn(let member, let dungeon, let key):
            try connection.execute(HeadcountQueries.withdrawKey, id, dungeon.rawValue, key.rawValue, member.rawValue)
        case .ended:
            try connection.execute(HeadcountQueries.close, id, HeadcountStatus.ended.rawValue, at, Int64?.none)
            try audit("headcount.ended", id, guildID: guildID, actor: actor, now: now, connection)
        case .convertedToRun:
            // Conversions go through RunStore.convert, which creates the run; refusing keeps the process up.
            throw BotKitError(.internalError, detail: "headcount \(id): convert reached HeadcountStore.perform")
        }
    }

    /// Writes the audit row of a headcount state change (§10.7) inside the caller's transaction.
    static func audit(_ action: String, _ id: Int64, guildID: UInt64, actor: MemberID?, now: Timestamp,
                      _ connection: Connection) throws {
        try CommandLogStore.insertAudit(AuditEntry(
            guildID: Snowflake(guildID), actorID: actor.map { Snowflake($0.rawValue) }, action: action,
            subject: "headcount:\(id)", metadataJSON: "{}", createdAtUnixMilliseconds: now.unixMilliseconds), on: connection)
    }
}
