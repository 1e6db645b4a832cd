import RaidDomain
import Storage
import Testing
import TestSupport
@testable import PartiesFeature
import FeatureKit

/// Builders for the party tests: a store over a real temporary SQLite file and posts at given minutes.
enum PartyFixture {
    static let guildID: UInt64 = 1000
    static let owner = MemberID(41)
    static let other = MemberID(42)
    static let start = Timestamp(unixMilliseconds: 1_800_000_000_000)

    static func at(minutes: Int64) -> Timestamp { start.adding(minutes: minutes) }

    static func post(owner: MemberID = owner, name: String = "Shatters crew", location: String? = "USWest",
                     dungeons: [String] = ["SHATTERS"], at now: Timestamp = start) throws -> PartyPost {
        try PartyPost.make(owner: owner, name: name, description: "Chill runs", location: location,
                           dungeonCodes: dungeons, at: now).get()
    }

    static func store(_ db: TemporaryDatabase) -> PartyStore { PartyStore(database: db.database, guildID: guildID) }
}

extension Result {
    /// The success value, or a recorded issue.
    func expectPartySuccess(sourceLocation: SourceLocation = #_sourceLocation) throws -> Success {
        switch self {
        case .success(let value): return value
        case .failure(let error):
            Issue.record("refused: \(error)", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// The failure, nil when it succeeded.
    var partyFailure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
