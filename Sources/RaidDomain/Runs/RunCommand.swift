/// Who is acting on a run, as the permission hierarchy has already judged them.
public struct RunActor: Hashable, Sendable {
    /// The member pressing the button or submitting the modal.
    public let member: MemberID
    /// Whether they pass the organizer-or-higher gate (role hierarchy, Discord Administrator);
    /// staff may manage anyone's run but only the organizer pops keys.
    public let isStaff: Bool

    /// An actor.
    public init(member: MemberID, isStaff: Bool) {
        self.member = member
        self.isStaff = isStaff
    }
}

/// A member pressing Join, Leave, a class or a key, with the facts the rules need about them.
public struct Participant: Hashable, Sendable {
    /// The member.
    public let member: MemberID
    /// Whether they are currently joined (`reaction.state = 'join'`).
    public let isJoined: Bool
    /// Whether they have an active suspension; suspended members cannot take part (defect 28).
    public let isSuspended: Bool
    /// The keys they currently offer on this run (run source).
    public let offeredKeys: Set<ReactionKey>

    /// A participant.
    public init(member: MemberID, isJoined: Bool, isSuspended: Bool = false, offeredKeys: Set<ReactionKey> = []) {
        self.member = member
        self.isJoined = isJoined
        self.isSuspended = isSuspended
        self.offeredKeys = offeredKeys
    }
}

/// Everything that can happen to a run; `RunRules.apply` turns one into a transition or a refusal.
public enum RunCommand: Hashable, Sendable {
    /// Open → live (needs party and location; Oryx 3 also a screenshot).
    case start(by: RunActor)
    /// Live → ended, awarding completions and the organizer's quota.
    case end(by: RunActor)
    /// Open or live → ended, awarding nothing more.
    case cancel(by: RunActor)
    /// The expired-runs task ending a run whose `auto_end_minutes` have passed.
    case autoEnd
    /// Join the run.
    case join(Participant)
    /// Leave the run; snapshots already taken keep their credit.
    case leave(Participant)
    /// Pick a class.
    case chooseClass(Participant, RotmgClass)
    /// Offer or withdraw a key.
    case toggleKey(Participant, ReactionKey)
    /// A key was popped: open the party join window for `windowSeconds` and snapshot the raiders.
    case popKey(by: RunActor, windowSeconds: Int = RunLimits.defaultKeyWindowSeconds)
    /// Set (or with nil/empty, clear) the party.
    case setParty(String?, by: RunActor)
    /// Set (or clear) the location.
    case setLocation(String?, by: RunActor)
    /// Set both from the Party/Loc modal.
    case setPartyAndLocation(party: String?, location: String?, by: RunActor)
    /// Set (or clear) the planned chain length.
    case setChain(Int?, by: RunActor)
    /// Lock or unlock joining.
    case setJoinLock(Bool, by: RunActor)
    /// Attach the Oryx 3 completion screenshot (`/taken`).
    case attachScreenshot(url: String, by: RunActor)
    /// Move the Oryx 3 progression to its next stage.
    case advanceO3(to: O3Stage, by: RunActor)
    /// Announce the Oryx 3 realm score (percent).
    case setRealmScore(Int, by: RunActor)
}
