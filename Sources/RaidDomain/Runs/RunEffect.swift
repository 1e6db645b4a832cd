/// Something the store and the views must do because a command succeeded. Awards are described, not
/// computed: the store runs them in the same transaction, idempotent by `QuotaSubject`.
public enum RunEffect: Hashable, Sendable {
    /// The run went live.
    case started
    /// The run ended; delete its run role, close its panels, post the ended embed.
    case ended(RunEnding)
    /// Mark the member joined and give them the run role.
    case raiderJoined(MemberID)
    /// Mark the member left and take the run role away.
    case raiderLeft(MemberID)
    /// Store the member's class.
    case classChosen(MemberID, RotmgClass)
    /// Add the member's key offer (run source).
    case keyOffered(MemberID, ReactionKey)
    /// Remove the member's key offer.
    case keyWithdrawn(MemberID, ReactionKey)
    /// Record key pop `number`; the party join window closes at `windowEndsAt`.
    case keyPopped(number: Int, windowEndsAt: Timestamp)
    /// Copy every currently joined raider (with class) into snapshot `keyPop`.
    case snapshotJoinedRaiders(keyPop: Int)
    /// Credit every not-yet-awarded member of snapshot `keyPop` (`QuotaSubject.raiderKeyPop`).
    case awardSnapshot(keyPop: Int)
    /// Credit every joined raider of a run without key pops (`QuotaSubject.raiderRun`).
    case awardJoinedRaiders
    /// Credit the organizer, from the organizer's own roles, under this subject.
    case awardOrganizerQuota(QuotaSubject)
    /// Party text changed (nil: cleared).
    case partyChanged(String?)
    /// Location text changed (nil: cleared).
    case locationChanged(String?)
    /// Post to the early-location channel.
    case announceLocation(EarlyLocNotice)
    /// DM every member offering a key (run source) the party and location.
    case notifyKeyReactors
    /// DM one member who just offered a key the party and location.
    case notifyKeyReactor(MemberID)
    /// Join lock changed.
    case joinLockChanged(Bool)
    /// Planned chain length changed.
    case chainChanged(Int?)
    /// The Oryx 3 screenshot was stored.
    case screenshotAttached(String)
    /// The Oryx 3 stage advanced.
    case o3StageChanged(O3Stage)
    /// The Oryx 3 realm score was announced.
    case realmScoreSet(Int)
}

/// A successful command: the run's next state and what must follow from it.
public struct RunTransition: Hashable, Sendable {
    /// The run after the command.
    public let state: RunState
    /// What to persist and show, in order.
    public let effects: [RunEffect]
}
