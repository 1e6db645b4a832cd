import BotKit

/// The permission matrix of moderation (issue 10): every command × actor rank × target, with the
/// documented outcome of each cell derived from `ModerationPolicy.rules` by plain rank arithmetic.
/// The tests check every cell against `RoleHierarchy` (the one authority) and
/// `docs/permission-matrix.md` is generated from it (`raidbot permission-matrix`), so neither the
/// code nor the document can drift from the table.
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

    /// Who the command is aimed at, relative to the invoker.
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

    /// The commands, in policy order.
    public static var commands: [String] { ModerationPolicy.rules.map(\.command) }

    /// The documented outcome of `command` by `actor` on `target`.
    public static func documented(_ command: String, actor: Actor, target: TargetKind) -> Outcome {
        let rule = ModerationPolicy.rule(command)
        guard let targetLevel = target.level(for: actor) else { return .notApplicable }
        let gateLevel = (rule.gate.rank ?? 0) + 1
        guard actor.level >= gateLevel else { return .gate }
        guard case .member(let hierarchy, let botPosition) = rule.target else { return .allowed }
        switch target {
        case .itself: return .refused(TargetRefusal.isSelf.rawValue)
        case .thisBot: return .refused(TargetRefusal.isThisBot.rawValue)
        case .otherBot: return .refused(TargetRefusal.isBot.rawValue)
        default: break
        }
        if hierarchy && !outranks(actor.level, targetLevel) { return .refused(TargetRefusal.notOutranked.rawValue) }
        if botPosition && target == .aboveBot { return .refused(TargetRefusal.aboveBot.rawValue) }
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
