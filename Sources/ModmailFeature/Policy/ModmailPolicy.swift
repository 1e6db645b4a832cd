import BotKit
import DiscordModels
import FeatureKit

/// The one table of modmail permissions (§1.2, §1.3, §6.8, §10.6): the command declarations and the
/// Close button's route take their gates from it, the blacklist handlers their target check, the
/// matrix tests their expectations and the modmail section of `docs/permission-matrix.md` its rows.
public enum ModmailPolicy {
    /// The Close button's key.
    static let closeButton = "close"

    /// Every command (and the Close button) of the modmail feature, in catalog order.
    static let rules: [PermissionRule] = [
        // Anyone in the server; the member check is the handler's, not a rank.
        PermissionRule(command: "modmail", gate: .everyone, target: .none),
        // Run in the ticket's thread: the ticket is the target, not a member.
        PermissionRule(command: "modmailreply", gate: .rank(.security), target: .none),
        // Staff only, the rank `/modmailreply` needs (the incumbent let anyone close: defect 14).
        PermissionRule(button: closeButton, heading: "Close button (modmail ticket)", gate: .rank(.security),
                       target: .none),
        // §1.3: "Not self" and nothing else: no hierarchy, no bot position (the flag changes no
        // Discord role), and a bot may be flagged (it never uses modmail, so the flag is harmless).
        PermissionRule(command: "modmailblacklist", gate: .rank(.officer),
                       target: .member(refusesBots: false, hierarchy: false, botPosition: false)),
        // §1.3 lists no target check for the lift, so an officer may lift their own flag.
        PermissionRule(command: "modmailunblacklist", gate: .rank(.officer),
                       target: .member(refusesSelf: false, refusesBots: false, hierarchy: false, botPosition: false)),
        // The guild's modmail settings (the staff thread relay): a configuration command.
        PermissionRule(command: "configmodmail", gate: .rank(.administrator), target: .none),
    ]

    /// The modmail section of the permission matrix.
    public static let section = PermissionSection(
        title: "Modmail", source: "`ModmailPolicy.rules` (Sources/ModmailFeature/Policy)", rules: rules)

    /// The rule named `name` (a programming error if it has none).
    static func rule(_ name: String) -> PermissionRule { section.rule(name) }

    /// The gate the router applies to `name`.
    static func gate(_ name: String) -> CommandGate { rule(name).gate }

    /// Whether `actor` may aim `command` at `target`, judged by `RoleHierarchy`; nil when allowed.
    static func check(_ command: String, actor: MemberView, target: MemberView, bot: BotView,
                      mapping: RoleMapping) -> TargetRefusal? {
        rule(command).check(actor: actor, target: target, bot: bot, mapping: mapping)
    }
}
