import Foundation
import Testing
@testable import DiscordModels

@Suite("Tolerant decoding")
struct TolerantDecodingTests {
    @Test("a role without cosmetic fields still decodes")
    func minimalRole() throws {
        let role = try decode(Role.self, #"{"id":"1","name":"Raider","position":2,"permissions":"0","colors":{"primary_color":5}}"#)
        #expect(role.color == 0)
        #expect(role.hoist == false)
        #expect(role.mentionable == false)
    }

    @Test("a known component kind with an unexpected shape is kept raw, not fatal to the message")
    func oddComponent() throws {
        let message = try decode(Message.self, #"""
        {"id":"1","channel_id":"2","components":[{"type":1,"components":[{"type":2,"style":"fancy","custom_id":"a"}]}]}
        """#)
        guard case .actionRow(let row) = message.components[0], case .unknown(let type, let raw) = row.components[0] else {
            Issue.record("expected a raw button"); return
        }
        #expect(type == 2)
        #expect(raw["style"] == .string("fancy"))
    }

    @Test("an interaction whose context message does not decode is still delivered")
    func oddContextMessage() throws {
        let json = InteractionFixtures.button.replacingOccurrences(of: #""channel_id":"1600000000000000004","type":0"#,
                                                                   with: #""channel_id":{"weird":true},"type":0"#)
        #expect(json != InteractionFixtures.button)
        let interaction = try decode(Interaction.self, json)
        #expect(interaction.message == nil)
        guard case .messageComponent(let data) = interaction.data else { Issue.record("lost the click"); return }
        #expect(data.customID == "run:join:42")
    }

    @Test("INTERACTION_CREATE arrives as a dispatch frame")
    func interactionFrame() throws {
        let text = #"{"t":"INTERACTION_CREATE","s":77,"op":0,"d":"# + InteractionFixtures.stringSelect + "}"
        guard case .dispatch(77, .interactionCreate(let interaction)) = try frame(text) else {
            Issue.record("not INTERACTION_CREATE"); return
        }
        #expect(interaction.id == 1_800_000_000_000_000_024)
    }

    @Test("logging an interaction never shows its token")
    func redactedToken() throws {
        let interaction = try decode(Interaction.self, InteractionFixtures.button)
        #expect(!String(describing: interaction).contains(interaction.token))
        #expect(!String(reflecting: interaction).contains(interaction.token))
        #expect(String(describing: interaction).contains("1800000000000000023"))
    }

    @Test("unknown fields everywhere are ignored")
    func unknownFields() throws {
        let user = try decode(User.self, #"{"id":"5","username":"u","clan":{"tag":"RAID"},"primary_guild":null,"collectibles":{}}"#)
        #expect(user.id == 5)
        let member = try decode(Member.self, #"{"roles":[],"avatar_decoration_data":null,"unusual_dm_activity_until":null}"#)
        #expect(member.roles.isEmpty)
    }
}

@Suite("Interaction data by shape")
struct InteractionDataShapeTests {
    @Test("without the interaction type, data is recognised by its fields", arguments: [
        (#"{"id":"1","name":"run","type":1}"#, "command"),
        (#"{"custom_id":"run:join:1","component_type":2}"#, "component"),
        (#"{"custom_id":"verify","components":[]}"#, "modal"),
        (#"{"something":"else"}"#, "unknown"),
    ])
    func shapes(json: String, kind: String) throws {
        let data = try decode(InteractionData.self, json)
        switch data {
        case .applicationCommand: #expect(kind == "command")
        case .messageComponent: #expect(kind == "component")
        case .modalSubmit: #expect(kind == "modal")
        case .unknown: #expect(kind == "unknown")
        }
    }
}
