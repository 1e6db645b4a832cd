import Foundation
import Testing
@testable import DiscordModels

@Suite("Interactions")
struct InteractionTests {
    @Test("a slash command decodes its subcommand path, typed options and resolved members")
    func slashCommand() throws {
        let interaction = try decode(Interaction.self, InteractionFixtures.slashCommand)
        #expect(interaction.type == .applicationCommand)
        #expect(interaction.member?.permissions?.contains(.administrator) == true)
        #expect(interaction.appPermissions?.contains(.manageRoles) == true)
        #expect(interaction.invoker?.id == 1_200_000_000_000_000_012)
        guard case .applicationCommand(let data) = interaction.data else { Issue.record("not a command"); return }
        #expect(data.commandPath == ["run", "start"])
        let options = Dictionary(uniqueKeysWithValues: data.leafOptions.map { ($0.name, $0.value) })
        #expect(options["dungeon"] == .string("shatters"))
        #expect(options["size"] == .integer(80))
        #expect(options["multiplier"] == .number(1.5))
        #expect(options["vc"] == .boolean(true))
        let leader = try #require(options["leader"]??.snowflakeValue)
        #expect(leader.rawValue == 9_007_199_254_740_993)
        #expect(data.resolved?.users?[leader]?.username == "lead")
        #expect(data.resolved?.members?[leader]?.user == nil)
        #expect(data.resolved?.member(leader)?.user?.username == "lead")
        #expect(data.value(of: "size")?.integerValue == 80)
        #expect(data.value(of: "missing") == nil)
    }

    @Test("autocomplete finds the focused option and keeps partial integer input as text")
    func autocomplete() throws {
        let interaction = try decode(Interaction.self, InteractionFixtures.autocomplete)
        #expect(interaction.type == .applicationCommandAutocomplete)
        guard case .applicationCommand(let data) = interaction.data else { Issue.record("not a command"); return }
        #expect(data.focusedOption?.name == "dungeon")
        #expect(data.focusedOption?.value == .string("sha"))
        #expect(data.leafOptions[1].value == .string("8"))
    }

    @Test("a button click carries its custom_id and the panel message")
    func button() throws {
        let interaction = try decode(Interaction.self, InteractionFixtures.button)
        guard case .messageComponent(let data) = interaction.data else { Issue.record("not a component"); return }
        #expect(data.customID == "run:join:42")
        #expect(data.componentType == .button)
        #expect(data.values == nil)
        #expect(interaction.message?.id == 1_700_000_000_000_000_013)
        #expect(interaction.message?.components.first?.children.first?.customID == "run:join:42")
    }

    @Test("a select carries its values")
    func select() throws {
        let interaction = try decode(Interaction.self, InteractionFixtures.stringSelect)
        guard case .messageComponent(let data) = interaction.data else { Issue.record("not a component"); return }
        #expect(data.componentType == .stringSelect)
        #expect(data.values == ["priest", "warrior"])
    }

    @Test("a modal submit yields text values from labels and rows, and select values")
    func modalSubmit() throws {
        let interaction = try decode(Interaction.self, InteractionFixtures.modalSubmit)
        guard case .modalSubmit(let data) = interaction.data else { Issue.record("not a modal"); return }
        #expect(data.customID == "verify:ign")
        #expect(data.textValues == ["ign": "Oryx3", "reason": "alt account"])
        guard case .label(let label) = data.components[2], case .selectMenu(let select) = label.component else {
            Issue.record("no select in label"); return
        }
        #expect(select.values == ["USEast"])
    }

    @Test("a DM command has a user and no member")
    func dmCommand() throws {
        let interaction = try decode(Interaction.self, InteractionFixtures.dmCommand)
        #expect(interaction.member == nil)
        #expect(interaction.guildID == nil)
        #expect(interaction.invoker?.username == "raider")
    }

    @Test("unknown interaction types and mismatched data are kept raw, not thrown")
    func tolerant() throws {
        let future = try decode(Interaction.self, InteractionFixtures.futureType)
        #expect(future.type == .unknown(77))
        #expect(future.data == .unknown(.object(["something": .string("new")])))
        let mismatched = try decode(Interaction.self, InteractionFixtures.mismatchedData)
        #expect(mismatched.data == .unknown(.object(["unexpected": .bool(true)])))
    }

    @Test("an interaction round-trips through encode/decode (sandbox builds them)")
    func roundTrip() throws {
        for fixture in [InteractionFixtures.slashCommand, InteractionFixtures.button, InteractionFixtures.modalSubmit] {
            let interaction = try decode(Interaction.self, fixture)
            let again = try JSONDecoder().decode(Interaction.self, from: JSONEncoder().encode(interaction))
            #expect(again == interaction)
        }
    }
}
