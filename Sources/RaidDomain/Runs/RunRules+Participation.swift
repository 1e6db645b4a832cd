extension RunRules {
    static func join(_ run: RunState, _ participant: Participant) -> Result<RunTransition, RunRuleViolation> {
        guard run.status != .ended else { return .failure(.runEnded) }
        guard !participant.isSuspended else { return .failure(.suspended) }
        guard !participant.isJoined else { return .failure(.alreadyJoined) }
        guard !run.joinLocked || participant.member == run.organizer else { return .failure(.joinLocked) }
        return success(run, [.raiderJoined(participant.member)])
    }

    static func leave(_ run: RunState, _ participant: Participant) -> Result<RunTransition, RunRuleViolation> {
        guard run.status != .ended else { return .failure(.runEnded) }
        guard participant.isJoined else { return .failure(.notJoined) }
        return success(run, [.raiderLeft(participant.member)])
    }

    static func chooseClass(_ run: RunState, _ participant: Participant, _ raidClass: RotmgClass)
        -> Result<RunTransition, RunRuleViolation> {
        guard run.status != .ended else { return .failure(.runEnded) }
        guard !participant.isSuspended else { return .failure(.suspended) }
        guard participant.isJoined else { return .failure(.notJoined) }
        return success(run, [.classChosen(participant.member, raidClass)])
    }

    /// Offering a key when party and location are known also DMs them to the member at once.
    static func toggleKey(_ run: RunState, _ participant: Participant, _ key: ReactionKey)
        -> Result<RunTransition, RunRuleViolation> {
        guard run.status != .ended else { return .failure(.runEnded) }
        guard run.dungeon.keyReactions.contains(key) else { return .failure(.unknownKey(key)) }
        let member = participant.member
        if participant.offeredKeys.contains(key) { return success(run, [.keyWithdrawn(member, key)]) }
        guard !participant.isSuspended else { return .failure(.suspended) }
        let notify: [RunEffect] = run.hasPartyAndLocation ? [.notifyKeyReactor(member)] : []
        return success(run, [.keyOffered(member, key)] + notify)
    }
}
