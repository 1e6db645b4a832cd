extension RunRules {
    /// Party and location (§3.7): trimmed, empty clears, at most 100 characters. A nil argument
    /// leaves that field alone. A change tells the early-location channel; once both are known, a
    /// change also DMs the key reactors.
    static func setPartyAndLocation(_ run: RunState, party: String??, location: String??, by actor: RunActor)
        -> Result<RunTransition, RunRuleViolation> {
        if let refusal = requireManageable(run, by: actor) { return .failure(refusal) }
        let newParty: String?, newLocation: String?
        switch (normalized(party, field: "Party", current: run.party),
                normalized(location, field: "Location", current: run.location)) {
        case (.failure(let problem), _), (_, .failure(let problem)): return .failure(.invalidInput(problem))
        case (.success(let p), .success(let l)): (newParty, newLocation) = (p, l)
        }
        guard let notice = EarlyLocNotice.after(oldParty: run.party, oldLocation: run.location,
                                                party: newParty, location: newLocation) else {
            return success(run, [])
        }
        var next = run
        next.party = newParty
        next.location = newLocation
        var effects: [RunEffect] = []
        if newParty != run.party { effects.append(.partyChanged(newParty)) }
        if newLocation != run.location { effects.append(.locationChanged(newLocation)) }
        effects.append(.announceLocation(notice))
        if next.hasPartyAndLocation { effects.append(.notifyKeyReactors) }
        return success(next, effects)
    }

    private static func normalized(_ text: String??, field: String, current: String?) -> Result<String?, InputProblem> {
        guard let text else { return .success(current) }
        return RunLimits.optionalText(text, limit: RunLimits.partyLocationLength, field: field)
    }

    static func setChain(_ run: RunState, _ amount: Int?, by actor: RunActor) -> Result<RunTransition, RunRuleViolation> {
        if let refusal = requireManageable(run, by: actor) { return .failure(refusal) }
        guard !run.dungeon.isOryx3 else { return .failure(.notForOryx3) }
        if let amount, !RunLimits.chainAmount.contains(amount) {
            return .failure(.invalidInput(.numberOutOfRange(field: "The chain amount",
                minimum: RunLimits.chainAmount.lowerBound, maximum: RunLimits.chainAmount.upperBound)))
        }
        var next = run
        next.chainAmount = amount
        return success(next, amount == run.chainAmount ? [] : [.chainChanged(amount)])
    }

    static func setJoinLock(_ run: RunState, _ locked: Bool, by actor: RunActor) -> Result<RunTransition, RunRuleViolation> {
        if let refusal = requireManageable(run, by: actor) { return .failure(refusal) }
        var next = run
        next.joinLocked = locked
        return success(next, locked == run.joinLocked ? [] : [.joinLockChanged(locked)])
    }

    /// `/taken` (§3.12): an http(s) link on an active Oryx 3 run; a new screenshot replaces the old.
    static func attachScreenshot(_ run: RunState, url: String, by actor: RunActor) -> Result<RunTransition, RunRuleViolation> {
        if let refusal = requireManageable(run, by: actor) { return .failure(refusal) }
        guard run.dungeon.isOryx3 else { return .failure(.onlyForOryx3) }
        let link = url.trimmingSpaces()
        guard (link.hasPrefix("https://") || link.hasPrefix("http://")), link.count > 8, !link.contains(" ") else {
            return .failure(.invalidScreenshot)
        }
        var next = run
        next.screenshotURL = link
        return success(next, [.screenshotAttached(link)])
    }

    /// The Oryx 3 realm score (1–99 %): live only, before the realm closes, organizer or staff.
    static func setRealmScore(_ run: RunState, _ score: Int, by actor: RunActor) -> Result<RunTransition, RunRuleViolation> {
        if let refusal = requireManageable(run, by: actor) { return .failure(refusal) }
        guard run.dungeon.isOryx3 else { return .failure(.onlyForOryx3) }
        guard run.status == .live else { return .failure(.progressionNotLive) }
        guard RunLimits.realmScore.contains(score) else {
            return .failure(.invalidInput(.numberOutOfRange(field: "The realm score", minimum: RunLimits.realmScore.lowerBound,
                                                            maximum: RunLimits.realmScore.upperBound)))
        }
        var next = run
        next.realmScore = score
        return success(next, [.realmScoreSet(score)])
    }

    /// Oryx 3 progression: live only, one stage at a time, organizer or staff (the incumbent had no
    /// check at all, defect 14).
    static func advanceO3(_ run: RunState, to stage: O3Stage, by actor: RunActor) -> Result<RunTransition, RunRuleViolation> {
        if let refusal = requireManageable(run, by: actor) { return .failure(refusal) }
        guard run.dungeon.isOryx3 else { return .failure(.onlyForOryx3) }
        guard run.status == .live else { return .failure(.progressionNotLive) }
        guard O3Stage.next(after: run.o3Stage) == stage else {
            return .failure(.o3StageOutOfOrder(current: run.o3Stage, requested: stage))
        }
        var next = run
        next.o3Stage = stage
        return success(next, [.o3StageChanged(stage)])
    }
}
