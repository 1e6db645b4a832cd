import BotKit
import DiscordModels
import FeatureKit
import Testing
import TestSupport
@testable import ModmailFeature

/// Every cell of the modmail rows of the permission matrix (`/modmail`, `/modmailreply`, the ticket's
/// Close button, `/modmailblacklist`, `/modmailunblacklist`) through the gate the router applies and
/// the target check the blacklist handlers call, against the documented outcome.
@Suite("Permission matrix: modmail")
struct ModmailPermissionMatrixTests {
    typealias Fixture = PermissionMatrixGuild

    /// What the code decides: the router's gate, then `ModmailPolicy.check` as `BlacklistCommands` calls it.
    static func actual(_ name: String, _ actor: PermissionMatrix.Actor, _ kind: PermissionMatrix.TargetKind?)
        -> PermissionMatrix.Outcome {
        Fixture.actual(ModmailPolicy.rule(name), actor, kind) { invoker, target in
            ModmailPolicy.check(name, actor: invoker, target: target, bot: Fixture.bot, mapping: Fixture.mapping)
        }
    }

    static func documented(_ name: String, _ actor: PermissionMatrix.Actor, _ kind: PermissionMatrix.TargetKind?)
        -> PermissionMatrix.Outcome {
        PermissionMatrix.documented(ModmailPolicy.rule(name), actor: actor, target: kind)
    }

    @Test("every cell of every modmail row matches the documented outcome", arguments: ModmailPolicy.rules.map(\.name))
    func everyCell(name: String) {
        for (actor, kind) in Fixture.cells(ModmailPolicy.rule(name)) {
            #expect(Self.actual(name, actor, kind) == Self.documented(name, actor, kind),
                    "\(name) by \(actor.rawValue) on \(kind?.rawValue ?? "no target")")
        }
    }

    @Test("the rows say what §1.2, §1.3 and §6.8 say, with defect 14 fixed")
    func landmarks() {
        // /modmail: anyone; no target.
        for actor in PermissionMatrix.Actor.allCases { #expect(Self.documented("modmail", actor, nil) == .allowed) }
        // /modmailreply and Close: Security+ (the incumbent's Close had no check: defect 14).
        for name in ["modmailreply", ModmailPolicy.closeButton] {
            #expect(Self.documented(name, .none, nil) == .gate)
            #expect(Self.documented(name, .raider, nil) == .gate)
            #expect(Self.documented(name, .organizer, nil) == .gate)
            #expect(Self.documented(name, .security, nil) == .allowed)
            #expect(Self.documented(name, .discordAdministrator, nil) == .allowed)
        }
        // The blacklist: officer+, not self, hierarchy bypassed.
        #expect(Self.documented("modmailblacklist", .security, .lower) == .gate)
        #expect(Self.documented("modmailblacklist", .officer, .higher) == .allowed)
        #expect(Self.documented("modmailblacklist", .officer, .administrator) == .allowed)
        #expect(Self.documented("modmailblacklist", .officer, .itself) == .refused("self"))
        #expect(Self.documented("modmailblacklist", .officer, .otherBot) == .allowed)
        #expect(Self.documented("modmailunblacklist", .officer, .itself) == .allowed)
        #expect(Self.documented("modmailunblacklist", .verifiedRaider, .itself) == .gate)
    }

    @Test("the declarations and the Close button's route take their gates from the policy table")
    func gatesUseThePolicy() {
        for declaration in ModmailFeature.declarations {
            #expect(declaration.gate == ModmailPolicy.gate(declaration.name), "/\(declaration.name)")
        }
        #expect(CloseButton.gate == ModmailPolicy.gate(ModmailPolicy.closeButton))
        #expect(Set(ModmailFeature.declarations.map(\.name) + [ModmailPolicy.closeButton])
                    == Set(ModmailPolicy.rules.map(\.name)))
    }
}
