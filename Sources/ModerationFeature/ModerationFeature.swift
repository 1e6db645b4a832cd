import BotKit
import FeatureKit

/// Moderation (§6, §1.2, §1.3): punishments, their removal and expiry, over one
/// `ModerationServices`; every permission comes from `ModerationPolicy` through `RoleHierarchy`.
public struct ModerationFeature: Feature {
    private let services: ModerationServices

    /// The feature over the bot's environment.
    public init(_ environment: FeatureEnvironment) { services = ModerationServices(environment) }

    /// The moderation commands, in `ModerationPolicy` order.
    public static var declarations: [CommandDeclaration] {
        [WarnCommand.declaration, TimedPunishmentCommand.suspend, TimedPunishmentCommand.mute, LiftCommand.unsuspend,
         LiftCommand.unmute, RemovePunishmentCommand.declaration, AddNoteCommand.declaration, FindCommand.declaration,
         PurgeCommand.declaration, MemberRemovalCommand.declaration(.kick), MemberRemovalCommand.declaration(.ban),
         MemberRemovalCommand.declaration(.softban), UnbanCommand.declaration, AddRoleCommand.declaration]
    }

    /// Routes every moderation command and the `/find` buttons.
    public func register(into routes: inout InteractionRoutes) {
        let services = services
        routes.command("warn") { try await WarnCommand.handle($0, services) }
        routes.command("suspend") { try await TimedPunishmentCommand.handle(.suspend, $0, services) }
        routes.command("mute") { try await TimedPunishmentCommand.handle(.mute, $0, services) }
        routes.command("unsuspend") { try await LiftCommand.handle(.suspend, $0, services) }
        routes.command("unmute") { try await LiftCommand.handle(.mute, $0, services) }
        routes.command("removepunishment") { try await RemovePunishmentCommand.handle($0, services) }
        routes.command("addnote") { try await AddNoteCommand.handle($0, services) }
        routes.command("find") { try await FindCommand.handle($0, services) }
        FindCommand.register(into: &routes, services: services)
        routes.command("purge") { try await PurgeCommand.handle($0, services) }
        for removal in MemberRemoval.allCases {
            routes.command(removal.rawValue) { try await MemberRemovalCommand.handle(removal, $0, services) }
        }
        routes.command("unban") { try await UnbanCommand.handle($0, services) }
        routes.command("addrole") { try await AddRoleCommand.handle($0, services) }
    }

    /// The Expired Punishments task.
    public var tasks: [ScheduledTask] { ExpiredPunishmentsTask.tasks(services) }
}
