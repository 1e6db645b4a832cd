import FeatureKit
import BotKit
import RaidDomain
import Storage

/// A run as the feature sees it: the rules' `RunState` plus the Discord plumbing the views and
/// cleanup need (channel, public message, run role, last ping, raid-log thread).
public struct RunRecord: Hashable, Sendable {
    /// The state the rules work on.
    public var state: RunState
    /// The guild the run belongs to.
    public let guildID: UInt64
    /// The raid channel the public panel was posted in.
    public var channelID: UInt64?
    /// The public panel message.
    public var postMessageID: UInt64?
    /// The temporary run role, when one was created.
    public var roleID: UInt64?
    /// The last ping message, deleted before the next one.
    public var pingMessageID: UInt64?
    /// The run's raid-log thread.
    public var raidLogThreadID: UInt64?

    /// The run's id.
    public var id: RunID { state.id }

    /// Decodes a row of `RunQueries.loadRun`.
    public static func decode(_ row: Row) throws -> RunRecord {
        let code = try row.get(2, as: String.self)
        guard let dungeon = Dungeon.named(DungeonCode(code)) else {
            throw BotKitError(.internalError, detail: "run row has unknown dungeon \(code)")
        }
        let state = RunState(
            id: RunID(try row.get(0, as: Int64.self)),
            organizer: MemberID(try row.get(1, as: UInt64?.self) ?? 0),
            dungeon: dungeon,
            createdAt: Timestamp(unixMilliseconds: try row.get(3, as: Int64.self)),
            autoEndMinutes: try row.get(4, as: Int.self),
            description: try row.get(5, as: String?.self),
            status: RunStatus(rawValue: try row.get(6, as: String.self)) ?? .ended,
            ending: try row.get(7, as: String?.self).flatMap(RunRecord.ending(from:)),
            startedAt: try row.get(8, as: Int64?.self).map(Timestamp.init(unixMilliseconds:)),
            endedAt: try row.get(9, as: Int64?.self).map(Timestamp.init(unixMilliseconds:)),
            party: try row.get(10, as: String?.self),
            location: try row.get(11, as: String?.self),
            chainAmount: try row.get(12, as: Int?.self),
            joinLocked: try row.get(13, as: Bool.self),
            screenshotURL: try row.get(14, as: String?.self),
            o3Stage: try row.get(15, as: String?.self).flatMap(O3Stage.init(rawValue:)),
            realmScore: try row.get(24, as: Int?.self),
            keyPopCount: try row.get(16, as: Int.self),
            keyWindowEndsAt: try row.get(17, as: Int64?.self).map(Timestamp.init(unixMilliseconds:)))
        return RunRecord(
            state: state, guildID: try row.get(18, as: UInt64.self), channelID: try row.get(19, as: UInt64?.self),
            postMessageID: try row.get(20, as: UInt64?.self), roleID: try row.get(21, as: UInt64?.self),
            pingMessageID: try row.get(22, as: UInt64?.self), raidLogThreadID: try row.get(23, as: UInt64?.self))
    }

    /// `run.end_reason` → the domain's ending (`ended` in the database is a completed run).
    public static func ending(from text: String) -> RunEnding? {
        text == "ended" ? .completed : RunEnding(rawValue: text)
    }

    /// The domain's ending → `run.end_reason`.
    public static func endReason(_ ending: RunEnding?) -> String? {
        guard let ending else { return nil }
        return ending == .completed ? "ended" : ending.rawValue
    }

    /// Loads one run of `guildID`, or nil.
    public static func load(_ connection: Connection, runID: RunID, guildID: UInt64) throws -> RunRecord? {
        try connection.fetchOne(RunQueries.loadRun, runID.rawValue, guildID, map: decode)
    }

    /// Writes back every column the rules may change.
    public static func save(_ state: RunState, _ connection: Connection) throws {
        try connection.execute(RunQueries.saveState, arguments: [
            state.id.rawValue.databaseValue, state.status.rawValue.databaseValue,
            endReason(state.ending).databaseValue, state.startedAt?.unixMilliseconds.databaseValue ?? .null,
            state.endedAt?.unixMilliseconds.databaseValue ?? .null, state.party.databaseValue,
            state.location.databaseValue, state.chainAmount.databaseValue, state.joinLocked.databaseValue,
            state.screenshotURL.databaseValue, state.o3Stage?.rawValue.databaseValue ?? .null,
            state.keyPopCount.databaseValue, state.keyWindowEndsAt?.unixMilliseconds.databaseValue ?? .null,
            state.realmScore.databaseValue,
        ])
    }
}
