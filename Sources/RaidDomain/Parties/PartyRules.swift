/// Who may open a new party post (§3.10): one open post per member, and at most three posts per
/// rolling thirty minutes.
public enum PartyRules {
    /// Posts allowed per window.
    public static let creationsPerWindow = 3
    /// The rolling window, in minutes.
    public static let windowMinutes: Int64 = 30

    /// Whether a member may post now, given whether they have an open post and when they posted
    /// before.
    public static func mayCreate(hasOpenParty: Bool, previousCreations: [Timestamp], at now: Timestamp)
        -> Result<Void, PartyRuleViolation> {
        guard !hasOpenParty else { return .failure(.alreadyHasParty) }
        let windowStart = now.adding(minutes: -windowMinutes)
        let recent = previousCreations.filter { $0 > windowStart && $0 <= now }
        guard recent.count < creationsPerWindow else {
            let nextAllowed = recent.sorted()[recent.count - creationsPerWindow].adding(minutes: windowMinutes)
            return .failure(.tooManyParties(nextAllowedAt: nextAllowed))
        }
        return .success(())
    }
}

/// Why a party-finder action was refused.
public enum PartyRuleViolation: Error, Hashable, Sendable {
    /// The member already has an open post.
    case alreadyHasParty
    /// Three posts in the last thirty minutes.
    case tooManyParties(nextAllowedAt: Timestamp)
    /// Only the owner may extend.
    case onlyOwnerExtends
    /// A listed dungeon does not exist.
    case unknownDungeon(String)
    /// A typed value was refused.
    case invalidInput(InputProblem)

    /// The message shown to the member.
    public var reply: String {
        switch self {
        case .alreadyHasParty: return "❌ You already have an open party. Close it before posting a new one."
        case .tooManyParties(let next):
            return "❌ You can create at most 3 parties per 30-minute period. Try again <t:\(next.unixSeconds):R>."
        case .onlyOwnerExtends: return "❌ Only the party owner can extend it."
        case .unknownDungeon(let code): return "❌ Unknown dungeon `\(code.quotedForReply)`. Pick one from the list."
        case .invalidInput(let problem): return problem.reply
        }
    }
}
