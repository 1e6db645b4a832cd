/// A party-finder post (§3.10): a member looking for others to run with. Persisted (defect 18).
public struct PartyPost: Hashable, Sendable {
    /// The longest party name.
    public static let nameLength = 200
    /// The longest description.
    public static let descriptionLength = 2000
    /// The longest location.
    public static let locationLength = 100
    /// How many dungeons a post may list.
    public static let maximumDungeons = 5
    /// How long a post lives before it closes itself.
    public static let lifetimeMinutes: Int64 = 120
    /// How much Extend adds.
    public static let extensionMinutes: Int64 = 60
    /// Minutes before expiry when the thread is warned.
    public static let warningMinutes: [Int64] = [10, 5]

    /// The member who posted it.
    public let owner: MemberID
    /// The party name.
    public let name: String
    /// What the party is about.
    public let description: String
    /// Where, if given.
    public let location: String?
    /// The dungeons, de-duplicated, in the order given.
    public let dungeons: [Dungeon]
    /// When it was posted.
    public let createdAt: Timestamp
    /// When it closes itself unless extended.
    public internal(set) var expiresAt: Timestamp

    /// Validates `/party`'s options.
    public static func make(owner: MemberID, name: String, description: String, location: String? = nil,
                            dungeonCodes: [String] = [], at now: Timestamp) -> Result<PartyPost, PartyRuleViolation> {
        let name = name.trimmingSpaces(), description = description.trimmingSpaces()
        guard !name.isEmpty else { return .failure(.invalidInput(.textMissing(field: "Party name"))) }
        guard !description.isEmpty else { return .failure(.invalidInput(.textMissing(field: "Description"))) }
        guard name.storedLength <= nameLength else { return .failure(.invalidInput(.textTooLong(field: "Party name", limit: nameLength))) }
        guard description.storedLength <= descriptionLength else {
            return .failure(.invalidInput(.textTooLong(field: "Description", limit: descriptionLength)))
        }
        guard case .success(let place) = RunLimits.optionalText(location, limit: locationLength, field: "Location") else {
            return .failure(.invalidInput(.textTooLong(field: "Location", limit: locationLength)))
        }
        var dungeons: [Dungeon] = []
        for code in dungeonCodes.prefix(maximumDungeons) {
            guard let dungeon = Dungeon.named(DungeonCode(code.trimmingSpaces())) else { return .failure(.unknownDungeon(code)) }
            if !dungeons.contains(where: { $0.name == dungeon.name }) { dungeons.append(dungeon) }
        }
        return .success(PartyPost(owner: owner, name: name, description: description, location: place,
                                  dungeons: dungeons, createdAt: now,
                                  expiresAt: now.adding(minutes: lifetimeMinutes)))
    }

    /// The post one hour longer (Extend; owner only).
    public func extended(by actor: MemberID) -> Result<PartyPost, PartyRuleViolation> {
        guard actor == owner else { return .failure(.onlyOwnerExtends) }
        var next = self
        next.expiresAt = expiresAt.adding(minutes: Self.extensionMinutes)
        return .success(next)
    }

    /// Whether `actor` may close it: the owner or a moderator (as the hierarchy judged).
    public func mayBeClosed(by actor: MemberID, isModerator: Bool) -> Bool { actor == owner || isModerator }

    /// The moments the thread gets its "closing soon" warnings, then the auto-close.
    public var schedule: (warnings: [Timestamp], close: Timestamp) {
        (Self.warningMinutes.map { expiresAt.adding(minutes: -$0) }, expiresAt)
    }

    /// Whether it should close itself at `now`.
    public func isExpired(at now: Timestamp) -> Bool { now >= expiresAt }

    /// The thread name: the party name cut to Discord's 100-character limit.
    public var threadName: String { String(name.prefix(100)) }
}
