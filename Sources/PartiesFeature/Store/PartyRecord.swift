import FeatureKit
import RaidDomain
import Storage

/// Why a party closed (`party.close_reason`).
enum PartyCloseReason: String, Sendable {
    /// The owner pressed Close.
    case owner
    /// A moderator (or higher) pressed Close.
    case moderator
    /// Its time ran out.
    case expired
}

/// One stored party post: the domain value plus the Discord ids and timer state the row keeps.
struct PartyRecord: Hashable, Sendable {
    /// The row id, carried by the post's buttons.
    let id: Int64
    /// The post the rules work on.
    var post: PartyPost
    /// The party_finder channel it was posted in.
    let channelID: UInt64
    /// The public post, once sent.
    var messageID: UInt64?
    /// The thread on the post, once opened.
    var threadID: UInt64?
    /// The party's raid-log thread, once opened.
    var raidLogThreadID: UInt64?
    /// Whether it is still open.
    var isOpen: Bool
    /// Warnings already posted for the current expiry (0...2).
    var warningsSent: Int
    /// Why it closed, when it did.
    var closeReason: PartyCloseReason?

    /// Loads party `id` of `guildID`, nil when it does not exist.
    static func load(_ connection: Connection, id: Int64, guildID: UInt64) throws -> PartyRecord? {
        let codes = try connection.fetchAll(PartyQueries.dungeons, id) { try $0.get(0, as: String.self) }
        let dungeons = codes.compactMap { Dungeon.named(DungeonCode($0)) }
        return try connection.fetchOne(PartyQueries.party, id, guildID) { row in
            let post = PartyPost.restored(
                owner: MemberID(try row.get(1, as: UInt64.self)), name: try row.get(2, as: String.self),
                description: try row.get(3, as: String.self), location: try row.get(4, as: String?.self),
                dungeons: dungeons, createdAt: Timestamp(unixMilliseconds: try row.get(10, as: Int64.self)),
                expiresAt: Timestamp(unixMilliseconds: try row.get(11, as: Int64.self)))
            return PartyRecord(
                id: id, post: post, channelID: try row.get(5, as: UInt64.self), messageID: try row.get(6, as: UInt64?.self),
                threadID: try row.get(7, as: UInt64?.self), raidLogThreadID: try row.get(8, as: UInt64?.self),
                isOpen: try row.get(9, as: String.self) == "open", warningsSent: try row.get(12, as: Int.self),
                closeReason: try row.get(13, as: String?.self).flatMap(PartyCloseReason.init(rawValue:)))
        }
    }
}
