/// Where a headcount is in its life; persisted so a restart loses nothing (defect 18).
public enum HeadcountStatus: String, CaseIterable, Hashable, Sendable {
    /// Gathering interest and key offers.
    case active
    /// Ended by the organizer or staff.
    case ended
    /// Turned into a run.
    case converted
}

/// A headcount (§3.8) as the rules see it: which dungeons it polls and who owns it. Participants
/// and key offers live in the store; commands carry the facts the rules need about them.
public struct HeadcountState: Hashable, Sendable {
    /// The public message id, the headcount's identity in custom ids.
    public let messageID: UInt64
    /// Who posted it; a conversion makes them the run's organizer.
    public let organizer: MemberID
    /// The polled dungeons, in selection order (one to five).
    public let dungeons: [Dungeon]
    /// When it was posted.
    public let createdAt: Timestamp
    /// Active, ended or converted.
    public internal(set) var status: HeadcountStatus

    /// A headcount loaded from storage.
    public init(messageID: UInt64, organizer: MemberID, dungeons: [Dungeon], createdAt: Timestamp,
                status: HeadcountStatus = .active) {
        self.messageID = messageID
        self.organizer = organizer
        self.dungeons = dungeons
        self.createdAt = createdAt
        self.status = status
    }

    /// The most dungeons one headcount may poll.
    public static let maximumDungeons = 5

    /// Validates the picker's selection: one to five known dungeons, duplicates dropped.
    public static func selection(_ codes: [String]) -> Result<[Dungeon], RunRuleViolation> {
        var seen = Set<DungeonCode>()
        var dungeons: [Dungeon] = []
        for code in codes {
            guard let dungeon = Dungeon.named(DungeonCode(code)) else { return .failure(.unknownDungeon(code)) }
            if seen.insert(dungeon.code).inserted { dungeons.append(dungeon) }
        }
        guard (1...maximumDungeons).contains(dungeons.count) else {
            return .failure(.invalidInput(.numberOutOfRange(field: "The number of dungeons", minimum: 1,
                                                            maximum: maximumDungeons)))
        }
        return .success(dungeons)
    }

    /// The incumbent dropped in-memory headcounts after a day; a persisted one older than that is
    /// stale and may be swept.
    public func isStale(at now: Timestamp) -> Bool {
        status == .active && now >= createdAt.adding(minutes: 24 * 60)
    }
}
