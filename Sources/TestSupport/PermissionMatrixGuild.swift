import BotKit
import DiscordModels
import FeatureKit

/// The guild every feature's permission-matrix test judges its cells in: every rank mapped
/// (positions 2…8 in rank order), an unranked "Raider" role at 1, a Discord-Administrator role at 9,
/// the bot's role at 10, an unmapped role above the bot at 12. Each cell's actor and target are
/// built here, then handed to the feature's gate and target check as its handlers use them.
public enum PermissionMatrixGuild {
    public static let mapping = RoleMapping(Dictionary(uniqueKeysWithValues: GuildRole.ranks.enumerated().map {
        ($1, Snowflake(UInt64(11 + $0)))
    }))
    public static let raiderRole: Snowflake = 20, adminRole: Snowflake = 18, botRole: Snowflake = 30
    public static let aboveBotRole: Snowflake = 31
    public static let positions: [Snowflake: Int] = Dictionary(uniqueKeysWithValues:
        (0..<7).map { (Snowflake(UInt64(11 + $0)), $0 + 2) } + [(raiderRole, 1), (adminRole, 9), (botRole, 10), (aboveBotRole, 12)])
    public static let actorID: Snowflake = 100, targetID: Snowflake = 200, botID: Snowflake = 999
    public static let otherBotID: Snowflake = 300
    public static let bot = BotView(userID: botID, highestPosition: 10, permissions: [.manageRoles, .kickMembers, .banMembers])

    /// The roles of a member at `level` (0: unranked, `raider` picks the unmapped member role).
    public static func roles(level: Int, raider: Bool) -> [Snowflake] {
        switch level {
        case 0: raider ? [raiderRole] : []
        case 8: [adminRole]
        default: [Snowflake(UInt64(10 + level))]
        }
    }

    /// The view of member `id` holding `roles`.
    public static func view(_ id: Snowflake, roles: [Snowflake], isBot: Bool = false) -> MemberView {
        MemberView(userID: id, standing: MemberStanding(roleIDs: Set(roles), isDiscordAdministrator: roles.contains(adminRole)),
                   isBot: isBot, highestPosition: roles.compactMap { positions[$0] }.max() ?? 0, isOwner: false)
    }

    /// The invoker of a row.
    public static func actor(_ actor: PermissionMatrix.Actor) -> MemberView {
        view(actorID, roles: roles(level: actor.level, raider: actor == .raider))
    }

    /// The target of a column for `actor`, nil when no such target exists.
    public static func target(_ kind: PermissionMatrix.TargetKind, of actor: PermissionMatrix.Actor) -> MemberView? {
        guard let level = kind.level(for: actor) else { return nil }
        switch kind {
        case .itself: return self.actor(actor)
        case .thisBot: return view(botID, roles: [botRole], isBot: true)
        case .otherBot: return view(otherBotID, roles: [], isBot: true)
        case .aboveBot: return view(targetID, roles: [raiderRole, aboveBotRole])
        default: return view(targetID, roles: roles(level: level, raider: true))
        }
    }

    /// What the code decides for one cell: `rule`'s gate as the router applies it, then (for a
    /// column with a target) `check`, the feature's target check as its handler calls it.
    public static func actual(_ rule: PermissionRule, _ actor: PermissionMatrix.Actor, _ kind: PermissionMatrix.TargetKind?,
                              check: (MemberView, MemberView) -> TargetRefusal?) -> PermissionMatrix.Outcome {
        let invoker = self.actor(actor)
        guard let kind else {
            if case .member = rule.target { return .notApplicable }
            return rule.gate.admits(invoker.standing, mapping: mapping) ? .allowed : .gate
        }
        guard let target = target(kind, of: actor) else { return .notApplicable }
        guard rule.gate.admits(invoker.standing, mapping: mapping) else { return .gate }
        return check(invoker, target).map { .refused($0.rawValue) } ?? .allowed
    }

    /// Every cell of `rule`'s table: (actor, column), the column nil for a command without a target.
    public static func cells(_ rule: PermissionRule) -> [(PermissionMatrix.Actor, PermissionMatrix.TargetKind?)] {
        let columns: [PermissionMatrix.TargetKind?] = PermissionMatrix.targets(of: rule).isEmpty
            ? [nil] : PermissionMatrix.targets(of: rule).map { $0 }
        return PermissionMatrix.Actor.allCases.flatMap { actor in columns.map { (actor, $0) } }
    }
}
