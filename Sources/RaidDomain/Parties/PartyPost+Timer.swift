/// What the party timer does next for one open post: the schedule is derived from the stored
/// expiry and warning count only, so a restart loses nothing (defect 18).
public enum PartyTimerStep: Hashable, Sendable {
    /// Nothing is due yet.
    case wait
    /// Post one "closing soon" warning; afterwards `warningsSent` warnings count as sent.
    case warn(minutesLeft: Int64, warningsSent: Int)
    /// The post has expired: close it.
    case close
}

extension PartyPost {
    /// Rebuilds a stored post (the database row is the truth; the rules were applied when it was made).
    public static func restored(owner: MemberID, name: String, description: String, location: String?,
                                dungeons: [Dungeon], createdAt: Timestamp, expiresAt: Timestamp) -> PartyPost {
        PartyPost(owner: owner, name: name, description: description, location: location, dungeons: dungeons,
                  createdAt: createdAt, expiresAt: expiresAt)
    }

    /// How many of the warnings are due at `now` (0...2): after Extend this re-arms the warnings
    /// of the new expiry.
    public func warningsDue(at now: Timestamp) -> Int {
        schedule.warnings.filter { $0 <= now }.count
    }

    /// The next step at `now`, given how many warnings were already sent. Several warnings due at
    /// once (the bot was down) are collapsed into the latest one.
    public func timerStep(warningsSent: Int, at now: Timestamp) -> PartyTimerStep {
        if isExpired(at: now) { return .close }
        let due = warningsDue(at: now)
        guard due > warningsSent else { return .wait }
        return .warn(minutesLeft: Self.warningMinutes[due - 1], warningsSent: due)
    }
}
