import BotKit
import RaidDomain
import Storage

/// Something the organizer already hosts, before the handler has checked its message in Discord.
public struct HostedActivity: Hashable, Sendable {
    /// A run id, or nil for a headcount.
    public let runID: RunID?
    /// A headcount id, or nil for a run.
    public let headcountID: Int64?
    /// The public message, when one was posted.
    public let messageID: UInt64?
}

extension RunStore {
    /// How long a run may sit without its public message before it counts as abandoned: covers
    /// the moments between inserting the run and posting its panel.
    static let postGraceMilliseconds: Int64 = 60_000

    /// The organizer's open or live runs and active headcount, so the handler can check which
    /// public messages still exist before calling `create`.
    public func hostedActivities(of organizer: MemberID) async throws -> [HostedActivity] {
        let guildID = guildID
        return try await database.read { connection in
            let runs = try connection.fetchAll(RunQueries.organizerActiveRuns, organizer.rawValue, guildID) {
                HostedActivity(runID: RunID(try $0.get(0, as: Int64.self)), headcountID: nil,
                               messageID: try $0.get(2, as: UInt64?.self))
            }
            let headcounts = try connection.fetchAll(RunQueries.organizerActiveHeadcount, guildID, organizer.rawValue) {
                HostedActivity(runID: nil, headcountID: try $0.get(0, as: Int64.self),
                               messageID: try $0.get(1, as: UInt64?.self))
            }
            return runs + headcounts
        }
    }

    /// Creates an open run from `draft` in one transaction: the guild and organizer rows, the
    /// one-activity rule (activities whose message is in `deletedMessages` are cancelled quietly),
    /// the insert, and the organizer's auto-join.
    public func create(
        _ draft: RunDraft, guildName: String, organizerUsername: String?, channelID: UInt64?,
        deletedMessages: Set<UInt64> = [], now: Timestamp
    ) async throws -> Result<RunRecord, RunRuleViolation> {
        let guildID = guildID
        return try await database.write { connection in
            let at = now.unixMilliseconds
            try connection.execute(RunQueries.ensureGuild, guildID, guildName, at)
            try Self.ensureMember(connection, draft.organizer, username: organizerUsername, now: now)
            if let refusal = try Self.makeRoomForActivity(connection, guildID: guildID, organizer: draft.organizer,
                                                          deletedMessages: deletedMessages, now: now) {
                return .failure(refusal)
            }
            let runID = try Self.insertRun(draft, channelID: channelID, guildID: guildID, now: now, connection)
            guard let record = try RunRecord.load(connection, runID: runID, guildID: guildID) else {
                throw BotKitError(.databaseError, detail: "run \(runID) vanished")
            }
            return .success(record)
        }
    }

    /// Inserts the open run of `draft` and auto-joins its organizer (`/run` and headcount conversion).
    static func insertRun(_ draft: RunDraft, channelID: UInt64?, guildID: UInt64, now: Timestamp,
                          _ connection: Connection) throws -> RunID {
        let at = now.unixMilliseconds
        let runID = try connection.fetchOne(RunQueries.insertRun, arguments: [
            guildID.databaseValue, draft.organizer.rawValue.databaseValue, draft.dungeon.code.rawValue.databaseValue,
            draft.dungeon.name.databaseValue, channelID.databaseValue, at.databaseValue,
            draft.autoEndMinutes.databaseValue, draft.description.databaseValue, draft.party.databaseValue,
            draft.location.databaseValue,
        ]) { try $0.get(0, as: Int64.self) }
        guard let runID else { throw BotKitError(.databaseError, detail: "insert run returned no id") }
        try connection.execute(RunQueries.upsertReaction, runID, draft.organizer.rawValue, "join", at)
        return RunID(runID)
    }

    /// The one-activity rule inside the caller's transaction (`/run`, `/headcount`): the refusal when
    /// the organizer already hosts something live, else nil after quietly closing the activities
    /// whose message is gone.
    static func makeRoomForActivity(_ connection: Connection, guildID: UInt64, organizer: MemberID,
                                    deletedMessages: Set<UInt64>, now: Timestamp) throws -> RunRuleViolation? {
        let activities = try activities(connection, guildID: guildID, organizer: organizer,
                                        deletedMessages: deletedMessages, now: now)
        switch OrganizerActivityRule.check(existing: activities.map(\.0)) {
        case .failure(let violation):
            return violation
        case .success(let abandoned):
            for (activity, id) in activities where abandoned.contains(activity) {
                try cancelAbandoned(connection, guildID: guildID, id: id, organizer: organizer, now: now)
            }
            return nil
        }
    }

    private static func activities(_ connection: Connection, guildID: UInt64, organizer: MemberID,
                                   deletedMessages: Set<UInt64>, now: Timestamp)
        throws -> [(OrganizerActivity, HostedActivity)] {
        func exists(_ message: UInt64?, createdAt: Int64) -> Bool {
            guard let message else { return now.unixMilliseconds - createdAt < postGraceMilliseconds }
            return !deletedMessages.contains(message)
        }
        let runs = try connection.fetchAll(RunQueries.organizerActiveRuns, organizer.rawValue, guildID) { row in
            let id = RunID(try row.get(0, as: Int64.self)), message = try row.get(2, as: UInt64?.self)
            let createdAt = try row.get(3, as: Int64.self)
            let name = Dungeon.named(DungeonCode(try row.get(4, as: String.self)))?.name ?? "a run"
            return (OrganizerActivity.run(id, RunStatus(rawValue: try row.get(1, as: String.self)) ?? .open,
                                          dungeonName: name, createdAt: Timestamp(unixMilliseconds: createdAt),
                                          postExists: exists(message, createdAt: createdAt)),
                    HostedActivity(runID: id, headcountID: nil, messageID: message))
        }
        let headcounts = try connection.fetchAll(RunQueries.organizerActiveHeadcount, guildID, organizer.rawValue) { row in
            let id = try row.get(0, as: Int64.self), message = try row.get(1, as: UInt64?.self)
            let createdAt = try row.get(2, as: Int64.self)
            return (OrganizerActivity.headcount(messageID: message ?? 0, createdAt: Timestamp(unixMilliseconds: createdAt),
                                                postExists: exists(message, createdAt: createdAt)),
                    HostedActivity(runID: nil, headcountID: id, messageID: message))
        }
        return runs + headcounts
    }

    private static func cancelAbandoned(_ connection: Connection, guildID: UInt64, id: HostedActivity,
                                        organizer: MemberID, now: Timestamp) throws {
        if let headcount = id.headcountID {
            try connection.execute("UPDATE headcount SET status = 'ended', ended_at = ?2 WHERE id = ?1 AND status = 'active'",
                                   headcount, now.unixMilliseconds)
            return
        }
        guard let runID = id.runID, let record = try RunRecord.load(connection, runID: runID, guildID: guildID),
              case .success(let next) = RunRules.apply(.cancel(by: RunActor(member: organizer, isStaff: false)),
                                                       to: record.state, at: now) else { return }
        try RunRecord.save(next.state, connection)
    }
}
