/// Everything that can happen to a headcount.
public enum HeadcountCommand: Hashable, Sendable {
    /// Join, or leave when already joined (the Join button toggles).
    case toggleJoin(Participant)
    /// Offer or withdraw a key for one of the polled dungeons.
    case toggleKey(Participant, dungeon: DungeonCode, key: ReactionKey)
    /// End the headcount.
    case end(by: RunActor)
    /// Turn the headcount into a run of one polled dungeon.
    case convert(dungeon: DungeonCode, by: RunActor)
}

/// What the store and views must do after a headcount command.
public enum HeadcountEffect: Hashable, Sendable {
    /// Add the member to the participants.
    case joined(MemberID)
    /// Remove the member from the participants.
    case left(MemberID)
    /// Record the member's key offer for a dungeon.
    case keyOffered(MemberID, dungeon: DungeonCode, key: ReactionKey)
    /// Remove the member's key offer.
    case keyWithdrawn(MemberID, dungeon: DungeonCode, key: ReactionKey)
    /// Close the panel.
    case ended
    /// Create this run (organizer = the headcount's owner), copy the key offers made for its dungeon
    /// as headcount-source key reactions (participants are not carried over), delete the panel.
    case convertedToRun(RunDraft)
}

/// A successful headcount command.
public struct HeadcountTransition: Hashable, Sendable {
    /// The headcount after the command.
    public let state: HeadcountState
    /// What to persist and show.
    public let effects: [HeadcountEffect]
}

/// The headcount rules (§3.8–3.9). Conversion is allowed for keyless dungeons too: the incumbent
/// only refused them because it read the dungeons back from the key buttons.
public enum HeadcountRules {
    /// Applies `command` to `headcount`.
    public static func apply(_ command: HeadcountCommand, to headcount: HeadcountState)
        -> Result<HeadcountTransition, RunRuleViolation> {
        guard headcount.status == .active else { return .failure(.headcountClosed) }
        switch command {
        case .toggleJoin(let participant):
            if participant.isJoined { return done(headcount, [.left(participant.member)]) }
            if participant.isSuspended { return .failure(.suspended) }
            return done(headcount, [.joined(participant.member)])
        case .toggleKey(let participant, let code, let key):
            return toggleKey(headcount, participant, code, key)
        case .end(let actor):
            guard mayManage(headcount, actor) else { return .failure(.notOrganizer) }
            return done(with(headcount, .ended), [.ended])
        case .convert(let code, let actor):
            return convert(headcount, code, by: actor)
        }
    }

    private static func toggleKey(_ headcount: HeadcountState, _ participant: Participant, _ code: DungeonCode,
                                  _ key: ReactionKey) -> Result<HeadcountTransition, RunRuleViolation> {
        guard let dungeon = headcount.dungeons.first(where: { $0.code == code }), dungeon.keyReactions.contains(key) else {
            return .failure(.unknownKey(key))
        }
        if participant.offeredKeys.contains(key) {
            return done(headcount, [.keyWithdrawn(participant.member, dungeon: code, key: key)])
        }
        if participant.isSuspended { return .failure(.suspended) }
        return done(headcount, [.keyOffered(participant.member, dungeon: code, key: key)])
    }

    private static func convert(_ headcount: HeadcountState, _ code: DungeonCode, by actor: RunActor)
        -> Result<HeadcountTransition, RunRuleViolation> {
        guard mayManage(headcount, actor) else { return .failure(.notOrganizer) }
        guard headcount.dungeons.contains(where: { $0.code == code }) else {
            return .failure(.unknownDungeon(code.rawValue))
        }
        return RunDraft.make(organizer: headcount.organizer, dungeonCode: code.rawValue).map { draft in
            HeadcountTransition(state: with(headcount, .converted), effects: [.convertedToRun(draft)])
        }
    }

    private static func mayManage(_ headcount: HeadcountState, _ actor: RunActor) -> Bool {
        actor.member == headcount.organizer || actor.isStaff
    }

    private static func with(_ headcount: HeadcountState, _ status: HeadcountStatus) -> HeadcountState {
        var next = headcount
        next.status = status
        return next
    }

    private static func done(_ state: HeadcountState, _ effects: [HeadcountEffect])
        -> Result<HeadcountTransition, RunRuleViolation> {
        .success(HeadcountTransition(state: state, effects: effects))
    }
}
