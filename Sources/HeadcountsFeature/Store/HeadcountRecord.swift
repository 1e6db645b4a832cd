import FeatureKit
import RunsFeature
import BotKit
import RaidDomain
import Storage

/// A headcount as the feature sees it: the rules' `HeadcountState` plus the Discord plumbing the
/// views and the conversion need (channel, public message, raid-log thread).
public struct HeadcountRecord: Hashable, Sendable {
    /// The database id, the headcount's identity in custom ids.
    public let id: Int64
    /// The state the rules work on.
    public var state: HeadcountState
    /// The raid channel the public panel is posted in.
    public let channelID: UInt64
    /// The public panel message, once posted.
    public var messageID: UInt64?
    /// The raid-log thread, once opened.
    public var raidLogThreadID: UInt64?
    /// The run it became, when converted.
    public var convertedRunID: RunID?

    /// Decodes a row of `HeadcountQueries.load` with its dungeons.
    static func decode(_ row: Row, dungeons: [Dungeon]) throws -> HeadcountRecord {
        let message = try row.get(3, as: UInt64?.self)
        let state = HeadcountState(
            messageID: message ?? 0, organizer: MemberID(try row.get(1, as: UInt64.self)), dungeons: dungeons,
            createdAt: Timestamp(unixMilliseconds: try row.get(7, as: Int64.self)),
            status: HeadcountStatus(rawValue: try row.get(4, as: String.self)) ?? .ended)
        return HeadcountRecord(id: try row.get(0, as: Int64.self), state: state, channelID: try row.get(2, as: UInt64.self),
                               messageID: message, raidLogThreadID: try row.get(6, as: UInt64?.self),
                               convertedRunID: try row.get(5, as: Int64?.self).map(RunID.init))
    }

    /// Loads one headcount of `guildID`, or nil.
    static func load(_ connection: Connection, id: Int64, guildID: UInt64) throws -> HeadcountRecord? {
        let dungeons = try connection.fetchAll(HeadcountQueries.dungeons, id) { row in
            let code = try row.get(0, as: String.self)
            guard let dungeon = Dungeon.named(DungeonCode(code)) else {
                throw BotKitError(.internalError, detail: "headcount \(id) polls unknown dungeon \(code)")
            }
            return dungeon
        }
        return try connection.fetchOne(HeadcountQueries.load, id, guildID) { try decode($0, dungeons: dungeons) }
    }

    /// The dungeon of this headcount with `code`, nil when it does not poll it.
    func dungeon(_ code: DungeonCode) -> Dungeon? {
        state.dungeons.first { $0.code == code }
    }
}
