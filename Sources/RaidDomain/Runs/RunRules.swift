/// The run state machine (§3): a pure function from the current run, a command and the current
/// time to the next run plus effects, or a refusal. Handlers never decide these rules themselves.
///
/// ```
///            start                      end (awards)
///   open ─────────────► live ─────────────────────► ended
///     │ cancel            │ cancel / auto-end (awards)
///     └──────► ended ◄────┘          open ─auto-end─► ended (nothing to award)
/// ```
public enum RunRules {
    /// Applies `command` to `run` at `now`.
    public static func apply(_ command: RunCommand, to run: RunState, at now: Timestamp)
        -> Result<RunTransition, RunRuleViolation> {
        switch command {
        case .start(let actor): return start(run, by: actor, at: now)
        case .end(let actor): return end(run, by: actor, at: now)
        case .cancel(let actor): return cancel(run, by: actor, at: now)
        case .autoEnd: return autoEnd(run, at: now)
        case .join(let participant): return join(run, participant)
        case .leave(let participant): return leave(run, participant)
        case .chooseClass(let participant, let raidClass): return chooseClass(run, participant, raidClass)
        case .toggleKey(let participant, let key): return toggleKey(run, participant, key)
        case .popKey(let actor, let seconds): return popKey(run, by: actor, windowSeconds: seconds, at: now)
        case .setParty(let party, let actor):
            return setPartyAndLocation(run, party: .some(party), location: nil, by: actor)
        case .setLocation(let location, let actor):
            return setPartyAndLocation(run, party: nil, location: .some(location), by: actor)
        case .setPartyAndLocation(let party, let location, let actor):
            return setPartyAndLocation(run, party: .some(party), location: .some(location), by: actor)
        case .setChain(let amount, let actor): return setChain(run, amount, by: actor)
        case .setJoinLock(let locked, let actor): return setJoinLock(run, locked, by: actor)
        case .attachScreenshot(let url, let actor): return attachScreenshot(run, url: url, by: actor)
        case .advanceO3(let stage, let actor): return advanceO3(run, to: stage, by: actor)
        case .setRealmScore(let score, let actor): return setRealmScore(run, score, by: actor)
        }
    }

    /// Refuses anything on an ended run, and management by anyone but the organizer or staff.
    static func requireManageable(_ run: RunState, by actor: RunActor) -> RunRuleViolation? {
        if run.status == .ended { return .runEnded }
        return run.mayBeManaged(by: actor) ? nil : .notOrganizer
    }

    static func success(_ state: RunState, _ effects: [RunEffect]) -> Result<RunTransition, RunRuleViolation> {
        .success(RunTransition(state: state, effects: effects))
    }
}
