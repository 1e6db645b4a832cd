extension RunRules {
    /// A key pop (§3.6) is one completion in a chain: the previous pop's snapshot is credited now
    /// (raiders and organizer), and everyone joined at this moment is snapshotted for this pop.
    static func popKey(_ run: RunState, by actor: RunActor, windowSeconds: Int, at now: Timestamp)
        -> Result<RunTransition, RunRuleViolation> {
        guard run.status != .ended else { return .failure(.runEnded) }
        guard actor.member == run.organizer else { return .failure(.onlyOrganizerPopsKeys) }
        guard !run.dungeon.isOryx3 else { return .failure(.notForOryx3) }
        guard run.status == .live else { return .failure(.keyPopNotLive) }
        guard case .success(let seconds) = RunLimits.keyWindow(seconds: windowSeconds) else {
            return .failure(.invalidInput(.numberOutOfRange(
                field: "The key window (seconds)", minimum: RunLimits.keyWindowSeconds.lowerBound,
                maximum: RunLimits.keyWindowSeconds.upperBound)))
        }
        var next = run
        next.keyPopCount = run.keyPopCount + 1
        next.keyWindowEndsAt = now.adding(seconds: Int64(seconds))
        let previous = run.keyPopCount > 0 ? snapshotAwards(run, keyPop: run.keyPopCount) : []
        let pop: [RunEffect] = [
            .keyPopped(number: next.keyPopCount, windowEndsAt: next.keyWindowEndsAt!),
            .snapshotJoinedRaiders(keyPop: next.keyPopCount),
        ]
        return success(next, previous + pop)
    }
}
