import BotKit
import DiscordModels

/// How a moderation command treats the member it names.
enum TargetRule: Hashable, Sendable {
    /// No member target (an id, a channel): only the gate applies.
    case none
    /// A member: never oneself or a bot; `hierarchy` requires the actor to outrank them, and
    /// `botPosition` requires their highest role to sit below the bot's.
    case member(hierarchy: Bool, botPosition: Bool)
}

/// One command's permission rule: the row of the permission matrix.
struct ModerationCommandRule: Hashable, Sendable {
    /// The slash command's name.
    let command: String
    /// The lowest rank that may run it (Discord Administrators always may).
    let gate: GuildRole
    /// What it requires of its target.
    let target: TargetRule
}

/// The one table of moderation permissions (§1.2, §1.3, §6.1, §10.6): the command declarations
/// take their gates from it, the handlers their target checks, the matrix tests their expectations
/// and `docs/permission-matrix.md` its rows, so none of them can disagree.
enum ModerationPolicy {
    /// Every command of the moderation feature, in catalog order.
    static let rules: [ModerationCommandRule] = [
        ModerationCommandRule(command: "warn", gate: .security, target: .member(hierarchy: false, botPosition: false)),
        ModerationCommandRule(command: "suspend", gate: .security, target: .member(hierarchy: true, botPosition: true)),
        ModerationCommandRule(command: "mute", gate: .security, target: .member(hierarchy: true, botPosition: true)),
        ModerationCommandRule(command: "unsuspend", gate: .security, target: .member(hierarchy: true, botPosition: false)),
        ModerationCommandRule(command: "unmute", gate: .security, target: .member(hierarchy: true, botPosition: false)),
        ModerationCommandRule(command: "removepunishment", gate: .security, target: .none),
        ModerationCommandRule(command: "addnote", gate: .security, target: .member(hierarchy: false, botPosition: false)),
        ModerationCommandRule(command: "find", gate: .security, target: .none),
        ModerationCommandRule(command: "purge", gate: .security, target: .none),
        ModerationCommandRule(command: "kick", gate: .officer, target: .member(hierarchy: true, botPosition: true)),
        ModerationCommandRule(command: "ban", gate: .officer, target: .member(hierarchy: true, botPosition: true)),
        ModerationCommandRule(command: "softban", gate: .officer, target: .member(hierarchy: true, botPosition: true)),
        ModerationCommandRule(command: "unban", gate: .officer, target: .none),
        ModerationCommandRule(command: "addrole", gate: .officer, target: .member(hierarchy: true, botPosition: false)),
    ]

    /// The rule of `command` (a programming error if it has none).
    static func rule(_ command: String) -> ModerationCommandRule {
        guard let rule = rules.first(where: { $0.command == command }) else {
            preconditionFailure("no moderation rule for /\(command)")
        }
        return rule
    }

    /// The gate the router applies to `command`.
    static func gate(_ command: String) -> CommandGate { .rank(rule(command).gate) }

    /// Whether `actor` may aim `command` at `target`, judged by `RoleHierarchy`; nil when allowed.
    static func check(_ command: String, actor: MemberView, target: MemberView, bot: BotView,
                      mapping: RoleMapping) -> TargetRefusal? {
        guard case .member(let hierarchy, let botPosition) = rule(command).target else { return nil }
        if target.userID == actor.userID { return .isSelf }
        if target.userID == bot.userID { return .isThisBot }
        if target.isBot { return .isBot }
        if hierarchy && !RoleHierarchy.outranks(actor.standing, target.standing, mapping: mapping) { return .notOutranked }
        if botPosition && !bot.outranks(target) { return .aboveBot }
        return nil
    }
}

/// A member as the policy sees them: who, their standing, whether a bot, their highest role.
struct MemberView: Hashable, Sendable {
    let userID: Snowflake
    let standing: MemberStanding
    let isBot: Bool
    /// The position of their highest Discord role (0: @everyone only).
    let highestPosition: Int
    /// Whether they own the server (nobody acts on the owner).
    let isOwner: Bool
}

/// The bot as the policy sees it: its user, its highest role and its guild permissions.
struct BotView: Hashable, Sendable {
    let userID: Snowflake
    let highestPosition: Int
    let permissions: Permissions

    /// Whether Discord lets the bot act on `member`: not the owner, and strictly below the bot.
    func outranks(_ member: MemberView) -> Bool {
        !member.isOwner && RoleHierarchy.botCanManage(targetPosition: member.highestPosition,
                                                      botHighestPosition: highestPosition, botHasManageRoles: true)
    }

    /// Whether the bot can give or take a role at `position` (Manage Roles, and below its highest).
    func canManage(rolePosition position: Int) -> Bool {
        RoleHierarchy.botCanManage(targetPosition: position, botHighestPosition: highestPosition,
                                   botHasManageRoles: has(.manageRoles))
    }

    /// Whether the bot holds `permission` (Administrator implies all).
    func has(_ permission: Permissions) -> Bool {
        permissions.contains(.administrator) || permissions.isSuperset(of: permission)
    }
}
