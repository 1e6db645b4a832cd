import FeatureKit
import BotKit
import DiscordModels
import RaidDomain
import Storage

extension RunStore {
    /// The organizer's open or live runs and active headcount, so the handler can check which
    /// public messages still exist before calling `create`.
    public func hostedActivities(of organizer: MemberID) async throws -> [HostedActivity] {
        let guildID = guildID
        return try await database.read { try OneActivityRule.hosted($0, guildID: guildID, organizer: organizer) }
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
            try FirstContact.ensureGuild(connection, Snowflake(guildID), name: guildName, now: at)
            try FirstContact.ensureMember(connection, draft.organizer, username: organizerUsername, now: now)
            if let refusal = try OneActivityRule.makeRoom(connection, guildID: guildID, organizer: draft.organizer,
                                                          deletedMessages: deletedMessages, now: now,
                                                          cancelRun: { try Self.cancelAbandoned($0, $1, guildID: guildID, now: now) }) {
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
    public static func insertRun(_ draft: RunDraft, channelID: UInt64?, guildID: UInt64, now: Timestamp,
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

    /// Cancels a run the one-activity rule found abandoned (its public message is gone), through
    /// the run rules like an organizer's Cancel.
    public static func cancelAbandoned(_ connection: Connection, _ runID: RunID, guildID: UInt64, now: Timestamp) throws {
        guard let record = try RunRecord.load(connection, runID: runID, guildID: guildID),
              case .success(let next) = RunRules.apply(.cancel(by: RunActor(member: record.state.organizer, isStaff: false)),
                                                       to: record.state, at: now) else { return }
        try RunRecord.save(next.state, connection)
    }
}
