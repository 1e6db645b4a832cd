import FeatureKit
import RunsFeature
import RaidDomain
import Storage

/// What the headcount panels count: who joined (shown only to organizers) and who offers which key
/// for which dungeon.
public struct HeadcountTally: Hashable, Sendable {
    /// Participants in joining order.
    public var participants: [MemberID]
    /// Key offers per dungeon and key, in offering order.
    public var keys: [DungeonCode: [ReactionKey: [MemberID]]]

    /// An empty tally.
    public init(participants: [MemberID] = [], keys: [DungeonCode: [ReactionKey: [MemberID]]] = [:]) {
        self.participants = participants
        self.keys = keys
    }

    /// The members offering `key` for `dungeon`.
    public func offers(_ dungeon: DungeonCode, _ key: ReactionKey) -> [MemberID] {
        keys[dungeon]?[key] ?? []
    }

    /// Reads the tally of `headcountID` inside the caller's transaction.
    static func load(_ connection: Connection, headcountID: Int64) throws -> HeadcountTally {
        var tally = HeadcountTally()
        tally.participants = try connection.fetchAll(HeadcountQueries.participants, headcountID) {
            MemberID(try $0.get(0, as: UInt64.self))
        }
        for (dungeon, key, user) in try connection.fetchAll(HeadcountQueries.keys, headcountID, map: {
            (DungeonCode(try $0.get(0, as: String.self)), ReactionKey(try $0.get(1, as: String.self)),
             MemberID(try $0.get(2, as: UInt64.self)))
        }) {
            tally.keys[dungeon, default: [:]][key, default: []].append(user)
        }
        return tally
    }
}
