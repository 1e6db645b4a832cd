/// Why a run command was refused. A closed set: every case renders a plain-words reply, so each
/// refusal reads the same wherever it happens.
public enum RunRuleViolation: Error, Hashable, Sendable {
    /// The actor is neither the organizer nor staff.
    case notOrganizer
    /// Someone other than the organizer tried to pop a key.
    case onlyOrganizerPopsKeys
    /// Start needs party and location.
    case missingPartyOrLocation(missingParty: Bool, missingLocation: Bool)
    /// Oryx 3 needs the completion screenshot before starting.
    case missingScreenshot
    /// Start on a run that is already live.
    case alreadyLive
    /// End on a run that has not started.
    case notStarted
    /// Any change to a run that has ended.
    case runEnded
    /// Key pop outside live.
    case keyPopNotLive
    /// Key pop, or a chain, on Oryx 3, which uses progression stages instead.
    case notForOryx3
    /// Progression or screenshot on a dungeon other than Oryx 3.
    case onlyForOryx3
    /// Progression before the run is live.
    case progressionNotLive
    /// A progression stage out of order.
    case o3StageOutOfOrder(current: O3Stage?, requested: O3Stage)
    /// Join while the organizer has locked joining.
    case joinLocked
    /// A suspended member tried to take part.
    case suspended
    /// Join by a member already in.
    case alreadyJoined
    /// Leave or class by a member not in the run.
    case notJoined
    /// A key that does not belong to the run's dungeon (a forged or stale button).
    case unknownKey(ReactionKey)
    /// The screenshot link is not a web link.
    case invalidScreenshot
    /// The auto-end task ran early.
    case autoEndNotDue(at: Timestamp)
    /// The organizer already hosts an active run or headcount.
    case organizerAlreadyActive(OrganizerActivity)
    /// `/run` named a dungeon code that does not exist.
    case unknownDungeon(String)
    /// A typed value was refused.
    case invalidInput(InputProblem)
    /// A headcount that has ended or was converted.
    case headcountClosed

    /// The message shown to the member (ephemeral).
    public var reply: String {
        switch self {
        case .notOrganizer: return "❌ Only the organizer can perform this action."
        case .onlyOrganizerPopsKeys: return "❌ Only the organizer can pop keys."
        case .missingPartyOrLocation(let party, let location):
            let missing = [party ? "Party" : nil, location ? "Location" : nil].compactMap { $0 }
            return "❌ Cannot Start Run — set \(missing.joined(separator: " and ")) first (Set Party/Loc)."
        case .missingScreenshot:
            return "❌ Oryx 3 needs a completion screenshot before starting: use `/taken` with a fullscreen screenshot showing `/who` and `/server`."
        case .alreadyLive: return "This run is already live."
        case .notStarted: return "❌ Start the run before ending it."
        case .runEnded: return "❌ This run has already ended."
        case .keyPopNotLive: return "❌ You can only pop keys during Live."
        case .notForOryx3: return "❌ Oryx 3 runs use the progression buttons instead of key pops and chains."
        case .onlyForOryx3: return "❌ This is only for Oryx 3 runs."
        case .progressionNotLive: return "❌ Oryx 3 progression starts once the run is live."
        case .o3StageOutOfOrder(let current, let requested):
            return "❌ Cannot go to \(requested.title) from \(current?.title ?? "the start"); the stages go Realm Closed, Miniboss, Third Room."
        case .joinLocked: return "🔒 Join is currently locked."
        case .suspended: return "⛔ You are suspended and cannot take part in runs."
        case .alreadyJoined: return "You have already joined this run."
        case .notJoined: return "You are not in this run."
        case .unknownKey: return "❌ That key does not belong to this run's dungeon."
        case .invalidScreenshot: return "❌ The screenshot must be an image link."
        case .autoEndNotDue(let at): return "This run auto-ends <t:\(at.unixSeconds):R>."
        case .organizerAlreadyActive(let activity): return activity.alreadyActiveReply
        case .unknownDungeon(let text): return "❌ Unknown dungeon `\(text.quotedForReply)`. Pick one from the list."
        case .invalidInput(let problem): return problem.reply
        case .headcountClosed: return "❌ This headcount has already ended."
        }
    }
}

extension O3Stage {
    /// The stage's name in replies and pings.
    public var title: String {
        switch self {
        case .closed: return "Realm Closed"
        case .miniboss: return "Miniboss"
        case .thirdRoom: return "Third Room"
        }
    }
}
