import BotKit
import DiscordModels
import FeatureKit
import Testing
import TestSupport
@testable import ModerationFeature

/// Every cell of the moderation rows of the permission matrix, through the one authority
/// (`RoleHierarchy`) as the router and the handlers use it, against the documented outcome.
/// The committed document is checked whole in raidbotTests (`PermissionMatrixDocumentTests`).
@Suite("Permission matrix: moderation")
struct PermissionMatrixTests {
    typealias Fixture = PermissionMatrixGuild

    /// What the code decides: the router's gate, then the handler's target check (`Targeting`).
    static func actual(_ command: String, _ actor: PermissionMatrix.Actor, _ kind: PermissionMatrix.TargetKind?)
        -> PermissionMatrix.Outcome {
        Fixture.actual(ModerationPolicy.rule(command), actor, kind) { invoker, target in
            ModerationPolicy.check(command, actor: invoker, target: target, bot: Fixture.bot, mapping: Fixture.mapping)
        }
    }

    static func documented(_ command: String, _ actor: PermissionMatrix.Actor, _ kind: PermissionMatrix.TargetKind?)
        -> PermissionMatrix.Outcome {
        PermissionMatrix.documented(ModerationPolicy.rule(command), actor: actor, target: kind)
    }

    @Test("every cell of every command matches the documented outcome", arguments: ModerationPolicy.rules.map(\.name))
    func everyCell(command: String) {
        let cells = Fixture.cells(ModerationPolicy.rule(command))
        #expect(cells.count == PermissionMatrix.Actor.allCases.count
                    * max(1, PermissionMatrix.targets(of: ModerationPolicy.rule(command)).count))
        for (actor, kind) in cells {
            #expect(Self.actual(command, actor, kind) == Self.documented(command, actor, kind),
                    "/\(command) by \(actor.rawValue) on \(kind?.rawValue ?? "no target")")
        }
    }

    @Test("the documented matrix says what the reference says for a few landmark cells")
    func landmarks() {
        #expect(Self.documented("suspend", .organizer, .lower) == .gate)
        #expect(Self.documented("suspend", .security, .lower) == .allowed)
        #expect(Self.documented("suspend", .security, .equal) == .refused("rank"))
        #expect(Self.documented("warn", .security, .higher) == .allowed)
        #expect(Self.documented("warn", .security, .itself) == .refused("self"))
        #expect(Self.documented("kick", .security, .lower) == .gate)
        #expect(Self.documented("kick", .discordAdministrator, .administrator) == .refused("rank"))
        #expect(Self.documented("ban", .officer, .aboveBot) == .refused("position"))
        #expect(Self.documented("addnote", .moderator, .otherBot) == .refused("bot"))
        #expect(Self.documented("unban", .discordAdministrator, nil) == .allowed)
        #expect(Self.documented("unban", .security, nil) == .gate)
        #expect(PermissionMatrix.targets(of: ModerationPolicy.rule("find")).isEmpty)
    }

    @Test("the command declarations take their gates from the policy table")
    func declarationsUseThePolicy() {
        for declaration in ModerationFeature.declarations {
            #expect(declaration.gate == ModerationPolicy.gate(declaration.name), "/\(declaration.name)")
        }
        #expect(Set(ModerationFeature.declarations.map(\.name)) == Set(ModerationPolicy.rules.map(\.name)))
    }
}
