import BotKit

/// The permission matrix (issue 10): every command of every feature's policy table × actor rank ×
/// target, with the documented outcome of each cell derived from the rule by plain rank arithmetic.
/// Each feature's tests check every cell of its rows against `RoleHierarchy` (the one authority)
/// through the gate and target check its handlers use, and `docs/permission-matrix.md` is generated
/// from the sections (`raidbot permission-matrix`), so neither the code nor the document can drift.
public enum PermissionMatrix {
    /// The invoker's standing, low to high.
    public enum Actor: String, CaseIterable, Sendable {
        case none = "none", raider = "raider", verifiedRaider = "verified raider", organizer, security, officer
        case headOrganizer = "head organizer", moderator, administrator
        case discordAdministrator = "Discord Administrator"

        /// 0 for no rank, 1…7 for the ranks (verified raider … administrator), 8 for Discord Administrator.
        public var level: Int {
            switch self {
            case .none, .raider: 0
            case .discordAdministrator: 8
            default: GuildRole.ranks.firstIndex { $0.displayName.lowercased() == rawValue }.map { $0 + 1 } ?? 0
            }
        }
    }

    /// Who a member-targeting command is aimed at, relative to the invoker.
    public enum TargetKind: String, CaseIterable, Sendable {
        case lower, equal, higher
        case administrator = "Discord Administrator"
        case thisBot = "the bot itself"
        case itself = "self"
        case otherBot = "a bot"
        case aboveBot = "above the bot's role"

        /// The target's level for `actor`, nil when no such target exists (nothing is below "none").
        public func level(for actor: Actor) -> Int? {
            switch self {
            case .lower: actor.level > 0 ? actor.level - 1 : nil
            case .equal, .itself: actor.level
            case .higher: actor.level < 8 ? actor.level + 1 : nil
            case .administrator: 8
            case .thisBot, .otherBot, .aboveBot: 0
            }
        }
    }

    /// One cell's outcome.
    public enum Outcome: Hashable, Sendable {
        /// The command runs.
        case allowed
        /// The command gate refuses the invoker.
        case gate
        /// The target is refused for this reason.
        case refused(String)
        /// No such target exists for this invoker.
        case notApplicable

        /// The cell text of the generated document.
        public var symbol: String {
            switch self {
            case .allowed: "✅"
            case .gate: "🚫 gate"
            case .refused(let reason): "❌ \(reason)"
            case .notApplicable: "—"
            }
        }
    }

    /// The columns of `rule`'s table: every target kind for a member target, none (the one
    /// "not applicable" column) for a command without a target.
    public static func targets(of rule: PermissionRule) -> [TargetKind] {
        if case .none = rule.target { return [] }
        return TargetKind.allCases
    }

    /// The lowest actor level `gate` admits.
    static func level(of gate: CommandGate) -> Int {
        switch gate {
        case .everyone: 0
        case .rank(let rank): (rank.rank ?? GuildRole.ranks.count) + 1
        case .discordAdministrator: 8
        }
    }

    /// The documented outcome of `rule` run by `actor`, on `target` (nil: the command has no target).
    public static func documented(_ rule: PermissionRule, actor: Actor, target: TargetKind?) -> Outcome {
        guard let target else {
            if case .member = rule.target { return .notApplicable }
            return actor.level >= level(of: rule.gate) ? .allowed : .gate
        }
        guard case .member(let refusesSelf, let refusesBots, let hierarchy, let botPosition) = rule.target,
              let targetLevel = target.level(for: actor) else { return .notApplicable }
        guard actor.level >= level(of: rule.gate) else { return .gate }
        switch target {
        case .itself where refusesSelf: return .refused(TargetRefusal.isSelf.rawValue)
        case .thisBot where refusesBots: return .refused(TargetRefusal.isThisBot.rawValue)
        case .otherBot where refusesBots: return .refused(TargetRefusal.isBot.rawValue)
        default: break
        }
        // Oneself is never outranked.
        if hierarchy && (target == .itself || !outranks(actor.level, targetLevel)) {
            return .refused(TargetRefusal.notOutranked.rawValue)
        }
        // The bot's own highest role is not below itself.
        if botPosition && (target == .aboveBot || target == .thisBot) { return .refused(TargetRefusal.aboveBot.rawValue) }
        return .allowed
    }

    /// §10.6 by levels: a Discord Administrator target is never outranked, a Discord Administrator
    /// actor outranks everyone else, an unranked actor nobody, an unranked target is outranked.
    static func outranks(_ actor: Int, _ target: Int) -> Bool {
        if target == 8 { return false }
        if actor == 8 { return true }
        if actor == 0 { return false }
        return target == 0 || actor > target
    }
}
