import BotKit
import DiscordModels

/// How a command treats the member it names.
public enum TargetRule: Hashable, Sendable {
    /// No member target (an id, a channel, the ticket thread): only the gate applies.
    case none
    /// A member. `refusesSelf` refuses the invoker themselves; `refusesBots` this bot and every other
    /// bot; `hierarchy` requires the actor to outrank them; `botPosition` requires their highest role
    /// to sit below the bot's.
    case member(refusesSelf: Bool = true, refusesBots: Bool = true, hierarchy: Bool, botPosition: Bool)
}

/// One command's (or button's) permission rule: the row of the permission matrix.
public struct PermissionRule: Hashable, Sendable {
    /// The key features look the rule up by: the slash command's name, or the button's.
    public let name: String
    /// The matrix heading: `/name` for a command, a description for a button.
    public let heading: String
    /// Who may run it, as the router's gate (Discord Administrators pass every rank gate).
    public let gate: CommandGate
    /// What it requires of its target.
    public let target: TargetRule

    /// The rule of the slash command `/command`.
    public init(command: String, gate: CommandGate, target: TargetRule) {
        self.init(name: command, heading: "/\(command)", gate: gate, target: target)
    }

    /// The rule of a button (`name` is its key, `heading` what the matrix calls it).
    public init(button name: String, heading: String, gate: CommandGate, target: TargetRule) {
        self.init(name: name, heading: heading, gate: gate, target: target)
    }

    private init(name: String, heading: String, gate: CommandGate, target: TargetRule) {
        self.name = name
        self.heading = heading
        self.gate = gate
        self.target = target
    }

    /// Whether `actor` may aim the command at `target`, judged by `RoleHierarchy`; nil when allowed.
    public func check(actor: MemberView, target: MemberView, bot: BotView, mapping: RoleMapping) -> TargetRefusal? {
        guard case .member(let refusesSelf, let refusesBots, let hierarchy, let botPosition) = self.target else { return nil }
        if refusesSelf && target.userID == actor.userID { return .isSelf }
        if refusesBots && target.userID == bot.userID { return .isThisBot }
        if refusesBots && target.isBot { return .isBot }
        if hierarchy && !RoleHierarchy.outranks(actor.standing, target.standing, mapping: mapping) { return .notOutranked }
        if botPosition && !bot.outranks(target) { return .aboveBot }
        return nil
    }
}

extension CommandGate {
    /// Whether `standing` passes this gate in a guild with `mapping`: what the router decides
    /// before a handler runs, through `RoleHierarchy`.
    public func admits(_ standing: MemberStanding, mapping: RoleMapping) -> Bool {
        switch self {
        case .everyone: true
        case .discordAdministrator: standing.isDiscordAdministrator
        case .rank(let rank): RoleHierarchy.authorize(standing, requires: rank, mapping: mapping).isGranted
        }
    }
}

/// One feature's permission table: its section of `docs/permission-matrix.md`.
public struct PermissionSection: Sendable {
    /// The section heading ("Moderation").
    public let title: String
    /// Where the rules live, for the document ("`ModerationPolicy.rules` (Sources/ModerationFeature/Policy)").
    public let source: String
    /// The rules, in catalog order.
    public let rules: [PermissionRule]

    /// A section.
    public init(title: String, source: String, rules: [PermissionRule]) {
        self.title = title
        self.source = source
        self.rules = rules
    }

    /// The rule named `name` (a programming error if it has none).
    public func rule(_ name: String) -> PermissionRule {
        guard let rule = rules.first(where: { $0.name == name }) else {
            preconditionFailure("no \(title.lowercased()) permission rule for \(name)")
        }
        return rule
    }
}

/// A member as a permission rule sees them: who, their standing, whether a bot, their highest role.
public struct MemberView: Hashable, Sendable {
    public let userID: Snowflake
    public let standing: MemberStanding
    public let isBot: Bool
    /// The position of their highest Discord role (0: @everyone only).
    public let highestPosition: Int
    /// Whether they own the server (nobody acts on the owner).
    public let isOwner: Bool

    /// A view.
    public init(userID: Snowflake, standing: MemberStanding, isBot: Bool, highestPosition: Int, isOwner: Bool) {
        self.userID = userID
        self.standing = standing
        self.isBot = isBot
        self.highestPosition = highestPosition
        self.isOwner = isOwner
    }
}

/// The bot as a permission rule sees it: its user, its highest role and its guild permissions.
public struct BotView: Hashable, Sendable {
    public let userID: Snowflake
    public let highestPosition: Int
    public let permissions: Permissions

    /// A view.
    public init(userID: Snowflake, highestPosition: Int, permissions: Permissions) {
        self.userID = userID
        self.highestPosition = highestPosition
        self.permissions = permissions
    }

    /// Whether Discord lets the bot act on `member`: not the owner, and strictly below the bot.
    public func outranks(_ member: MemberView) -> Bool {
        !member.isOwner && RoleHierarchy.botCanManage(targetPosition: member.highestPosition,
                                                      botHighestPosition: highestPosition, botHasManageRoles: true)
    }

    /// Whether the bot can give or take a role at `position` (Manage Roles, and below its highest).
    public func canManage(rolePosition position: Int) -> Bool {
        RoleHierarchy.botCanManage(targetPosition: position, botHighestPosition: highestPosition,
                                   botHasManageRoles: has(.manageRoles))
    }

    /// Whether the bot holds `permission` (Administrator implies all).
    public func has(_ permission: Permissions) -> Bool {
        permissions.contains(.administrator) || permissions.isSuperset(of: permission)
    }
}
