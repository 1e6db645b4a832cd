import BotKit
import FeatureKit

/// Raider identity (§1.2, §1.4, §7.8, §8.1): `/verify`, `/unverify`, `/editname`, `/addalt`,
/// `/removealt`, `/forcesync`, `/syncteam`, and the Team role following the staff roles on every
/// GUILD_MEMBER_UPDATE. Self-service verification (panels, sessions, RealmEye) is not here.
public struct IdentityFeature: Feature {
    private let services: IdentityServices

    /// The feature over the bot's environment.
    public init(_ environment: FeatureEnvironment) { services = IdentityServices(environment) }

    /// The identity commands.
    public static var declarations: [CommandDeclaration] {
        [VerifyCommand.declaration, UnverifyCommand.declaration, EditNameCommand.declaration, AltCommands.addAlt,
         AltCommands.removeAlt, ForceSyncCommand.declaration, SyncTeamCommand.declaration]
    }

    /// Routes every identity command.
    public func register(into routes: inout InteractionRoutes) {
        let services = services
        routes.command("verify") { try await VerifyCommand.handle($0, services) }
        routes.command("unverify") { try await UnverifyCommand.handle($0, services) }
        routes.command("editname") { try await EditNameCommand.handle($0, services) }
        routes.command("addalt") { try await AltCommands.handle(adding: true, $0, services) }
        routes.command("removealt") { try await AltCommands.handle(adding: false, $0, services) }
        routes.command("forcesync") { try await ForceSyncCommand.handle($0, services) }
        routes.command("syncteam") { try await SyncTeamCommand.handle($0, services) }
    }

    /// Team role auto-sync (§8.1).
    public var memberUpdateHandlers: [MemberUpdateHandler] {
        let sync = TeamSync(services: services)
        return [{ await sync.memberUpdated($0) }]
    }
}
