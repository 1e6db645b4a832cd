/// A run as the rules see it: the `run` row without Discord plumbing (message ids, role id). The
/// store loads one, the rules return the next one, the store writes it back in the same transaction.
public struct RunState: Hashable, Sendable {
    /// The run's row id.
    public let id: RunID
    /// Who posted the run; the one member who pops keys and earns the organizer quota.
    public let organizer: MemberID
    /// The dungeon being run.
    public let dungeon: Dungeon
    /// When it was posted; auto-end counts from here.
    public let createdAt: Timestamp
    /// Minutes after creation when it auto-ends (1...1440).
    public let autoEndMinutes: Int
    /// The organizer's note from `/run`.
    public let description: String?
    /// Open, live or ended.
    public internal(set) var status: RunStatus
    /// Why it ended, once ended.
    public internal(set) var ending: RunEnding?
    /// When it went live (kept from the first start).
    public internal(set) var startedAt: Timestamp?
    /// When it ended.
    public internal(set) var endedAt: Timestamp?
    /// The in-game party name; required to start.
    public internal(set) var party: String?
    /// The in-game server/location; required to start.
    public internal(set) var location: String?
    /// The planned chain length (display only; not for Oryx 3).
    public internal(set) var chainAmount: Int?
    /// Whether new joins are refused.
    public internal(set) var joinLocked: Bool
    /// The Oryx 3 completion screenshot; required to start Oryx 3.
    public internal(set) var screenshotURL: String?
    /// The Oryx 3 progression stage.
    public internal(set) var o3Stage: O3Stage?
    /// The Oryx 3 realm score the organizer announced, in percent (shown on the panel).
    public internal(set) var realmScore: Int?
    /// Key pops so far; each one is a completion in the chain.
    public internal(set) var keyPopCount: Int
    /// When the party join window of the last key pop closes.
    public internal(set) var keyWindowEndsAt: Timestamp?

    /// A run loaded from storage.
    public init(id: RunID, organizer: MemberID, dungeon: Dungeon, createdAt: Timestamp,
                autoEndMinutes: Int = RunLimits.defaultAutoEndMinutes, description: String? = nil,
                status: RunStatus = .open, ending: RunEnding? = nil, startedAt: Timestamp? = nil,
                endedAt: Timestamp? = nil, party: String? = nil, location: String? = nil,
                chainAmount: Int? = nil, joinLocked: Bool = false, screenshotURL: String? = nil,
                o3Stage: O3Stage? = nil, realmScore: Int? = nil, keyPopCount: Int = 0,
                keyWindowEndsAt: Timestamp? = nil) {
        self.id = id
        self.organizer = organizer
        self.dungeon = dungeon
        self.createdAt = createdAt
        self.autoEndMinutes = autoEndMinutes
        self.description = description
        self.status = status
        self.ending = ending
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.party = party
        self.location = location
        self.chainAmount = chainAmount
        self.joinLocked = joinLocked
        self.screenshotURL = screenshotURL
        self.o3Stage = o3Stage
        self.realmScore = realmScore
        self.keyPopCount = keyPopCount
        self.keyWindowEndsAt = keyWindowEndsAt
    }

    /// When the expired-runs task ends this run if it is still active.
    public var autoEndsAt: Timestamp { createdAt.adding(minutes: Int64(autoEndMinutes)) }

    /// Whether the expired-runs task should end it at `now`.
    public func isDueForAutoEnd(at now: Timestamp) -> Bool { status.isActive && now >= autoEndsAt }

    /// Whether the party join window of the last key pop is still open at `now`.
    public func isKeyWindowOpen(at now: Timestamp) -> Bool { keyWindowEndsAt.map { now < $0 } ?? false }

    /// The chain text, once a key was popped (never for Oryx 3).
    public var chainProgress: ChainProgress? {
        guard keyPopCount > 0, !dungeon.isOryx3 else { return nil }
        return ChainProgress(completed: keyPopCount, planned: chainAmount)
    }

    /// Whether both party and location are known (needed to start and to DM key reactors).
    public var hasPartyAndLocation: Bool { party != nil && location != nil }

    /// Whether `actor` may manage the run: its organizer, or staff who pass the organizer gate.
    func mayBeManaged(by actor: RunActor) -> Bool { actor.member == organizer || actor.isStaff }
}
