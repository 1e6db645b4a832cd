extension RunRules {
    static func start(_ run: RunState, by actor: RunActor, at now: Timestamp) -> Result<RunTransition, RunRuleViolation> {
        if let refusal = requireManageable(run, by: actor) { return .failure(refusal) }
        guard run.status == .open else { return .failure(.alreadyLive) }
        guard run.hasPartyAndLocation else {
            return .failure(.missingPartyOrLocation(missingParty: run.party == nil, missingLocation: run.location == nil))
        }
        if run.dungeon.isOryx3 && run.screenshotURL == nil { return .failure(.missingScreenshot) }
        var next = run
        next.status = .live
        next.startedAt = run.startedAt ?? now
        return success(next, [.started])
    }

    static func end(_ run: RunState, by actor: RunActor, at now: Timestamp) -> Result<RunTransition, RunRuleViolation> {
        if let refusal = requireManageable(run, by: actor) { return .failure(refusal) }
        guard run.status == .live else { return .failure(.notStarted) }
        return success(ended(run, .completed, at: now), [.ended(.completed)] + completionAwards(run))
    }

    static func cancel(_ run: RunState, by actor: RunActor, at now: Timestamp) -> Result<RunTransition, RunRuleViolation> {
        if let refusal = requireManageable(run, by: actor) { return .failure(refusal) }
        return success(ended(run, .cancelled, at: now), [.ended(.cancelled)])
    }

    /// Auto-end awards like End when the run was live. A run that never went live earns nothing:
    /// nobody raided, and otherwise posting and forgetting a run would farm quota.
    static func autoEnd(_ run: RunState, at now: Timestamp) -> Result<RunTransition, RunRuleViolation> {
        guard run.status.isActive else { return .failure(.runEnded) }
        guard run.isDueForAutoEnd(at: now) else { return .failure(.autoEndNotDue(at: run.autoEndsAt)) }
        let awards = run.status == .live ? completionAwards(run) : []
        return success(ended(run, .autoEnded, at: now), [.ended(.autoEnded)] + awards)
    }

    /// Completion credit at the end of a live run: without key pops every joined raider and the
    /// organizer once for the run; with key pops the last snapshot and the organizer for that pop
    /// (earlier pops were credited when the next key popped).
    static func completionAwards(_ run: RunState) -> [RunEffect] {
        guard run.keyPopCount > 0 else { return [.awardJoinedRaiders, .awardOrganizerQuota(.organizerRun(run.id))] }
        return snapshotAwards(run, keyPop: run.keyPopCount)
    }

    static func snapshotAwards(_ run: RunState, keyPop: Int) -> [RunEffect] {
        [.awardSnapshot(keyPop: keyPop), .awardOrganizerQuota(.organizerKeyPop(run.id, keyPop: keyPop))]
    }

    private static func ended(_ run: RunState, _ ending: RunEnding, at now: Timestamp) -> RunState {
        var next = run
        next.status = .ended
        next.ending = ending
        next.endedAt = run.endedAt ?? max(now, run.startedAt ?? now)
        return next
    }
}
