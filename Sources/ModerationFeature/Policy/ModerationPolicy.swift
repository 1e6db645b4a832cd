import BotKit
import DiscordModels
import FeatureKit

/// The one table of moderation permissions (§1.2, §1.3, §6.1, §10.6): the command declarations
/// take their gates from it, the handlers their target checks, the matrix tests their expectations
/// and the moderation section of `docs/permission-matrix.md` its rows, so none of them can disagree.
public enum ModerationPolicy {
    /// Every command of the moderation feature, in catalog order.
    static let rules: [PermissionRule] = [
        PermissionRule(command: "warn", gate: .rank(.security), target: .member(hierarchy: false, botPosition: false)),
        PermissionRule(command: "suspend", gate: .rank(.security), target: .member(hierarchy: true, botPosition: true)),
        PermissionRule(command: "mute", gate: .rank(.security), target: .member(hierarchy: true, botPosition: true)),
        PermissionRule(command: "unsuspend", gate: .rank(.security), target: .member(hierarchy: true, botPosition: false)),
        PermissionRule(command: "unmute", gate: .rank(.security), target: .member(hierarchy: true, botPosition: false)),
        PermissionRule(command: "removepunishment", gate: .rank(.security), target: .none),
        PermissionRule(command: "addnote", gate: .rank(.security), target: .member(hierarchy: false, botPosition: false)),
        PermissionRule(command: "find", gate: .rank(.security), target: .none),
        PermissionRule(command: "purge", gate: .rank(.security), target: .none),
        PermissionRule(command: "kick", gate: .rank(.officer), target: .member(hierarchy: true, botPosition: true)),
        PermissionRule(command: "ban", gate: .rank(.officer), target: .member(hierarchy: true, botPosition: true)),
        PermissionRule(command: "softban", gate: .rank(.officer), target: .member(hierarchy: true, botPosition: true)),
        PermissionRule(command: "unban", gate: .rank(.officer), target: .none),
        PermissionRule(command: "addrole", gate: .rank(.officer), target: .member(hierarchy: true, botPosition: false)),
    ]

    /// The moderation section of the permission matrix.
    public static let section = PermissionSection(
        title: "Moderation", source: "`ModerationPolicy.rules` (Sources/ModerationFeature/Policy)", rules: rules)

    /// The rule of `command` (a programming error if it has none).
    static func rule(_ command: String) -> PermissionRule { section.rule(command) }

    /// The gate the router applies to `command`.
    static func gate(_ command: String) -> CommandGate { rule(command).gate }

    /// Whether `actor` may aim `command` at `target`, judged by `RoleHierarchy`; nil when allowed.
    static func check(_ command: String, actor: MemberView, target: MemberView, bot: BotView,
                      mapping: RoleMapping) -> TargetRefusal? {
        rule(command).check(actor: actor, target: target, bot: bot, mapping: mapping)
    }
}
