import Foundation
import Testing
@testable import DiscordModels

@Suite("Interaction responses and outgoing bodies")
struct InteractionResponseTests {
    @Test("an ephemeral deferral is type 5 with flags 64")
    func deferral() throws {
        #expect(try wire(InteractionResponse.deferredMessage(ephemeral: true))
            == .object(["type": .number(5), "data": .object(["flags": .number(64)])]))
        #expect(try wire(InteractionResponse.deferredMessage(ephemeral: false)) == .object(["type": .number(5)]))
        #expect(try wire(InteractionResponse.deferredUpdate) == .object(["type": .number(6)]))
    }

    @Test("a modal response encodes custom_id, title and labelled inputs")
    func modal() throws {
        let modal = Modal(customID: "verify:ign", title: "Verify", components: [
            .label(Label("In-game name", component: .textInput(TextInput(customID: "ign", style: .short, maxLength: 10)))),
        ])
        let json = try wire(InteractionResponse.modal(modal))
        #expect(json["type"] == .number(9))
        #expect(json["data"]?["custom_id"] == .string("verify:ign"))
        guard case .array(let components)? = json["data"]?["components"] else { Issue.record("no components"); return }
        #expect(components[0]["type"] == .number(18))
        #expect(components[0]["component"]?["type"] == .number(4))
        #expect(components[0]["component"]?["max_length"] == .number(10))
    }

    @Test("the sandbox reads back each response kind by its type")
    func decodeByType() throws {
        let responses: [InteractionResponse] = [
            .pong, .deferredUpdate, .deferredMessage(ephemeral: true),
            .message(InteractionCallbackMessage(content: "Joined!", flags: .ephemeral)),
            .updateMessage(InteractionCallbackMessage(embeds: [Embed(title: "Run")], components: [])),
            .autocomplete([ApplicationCommandOptionChoice(name: "Shatters", value: .string("shatters"))]),
            .modal(Modal(customID: "m", title: "t", components: [.actionRow(ActionRow([.textInput(TextInput(customID: "a", style: .paragraph, label: "A"))]))])),
        ]
        for response in responses {
            #expect(try JSONDecoder().decode(InteractionResponse.self, from: JSONEncoder().encode(response)) == response)
        }
    }

    @Test("outgoing messages use Discord's snake_case names and ping nobody by default")
    func messageCreate() throws {
        let body = MessageCreate(content: "Run started", components: [
            .actionRow(ActionRow([.button(Button(style: .success, label: "Join", customID: "run:join:42"))])),
        ], nonce: "n1", enforceNonce: true)
        let json = try wire(body)
        #expect(json["allowed_mentions"] == .object(["parse": .array([])]))
        #expect(json["enforce_nonce"] == .bool(true))
        #expect(json["components"] == .array([.object(["type": .number(1), "components": .array([.object([
            "type": .number(2), "style": .number(3), "label": .string("Join"), "custom_id": .string("run:join:42"),
        ])])])]))
        #expect(json["embeds"] == nil)
    }

    @Test("bulk overwrite commands encode permissions as a string and options with their types")
    func commands() throws {
        let command = ApplicationCommand(name: "run", description: "Raid runs", options: [
            ApplicationCommandOption(type: .subCommand, name: "start", description: "Start a run", options: [
                ApplicationCommandOption(type: .string, name: "dungeon", description: "Which", required: true, autocomplete: true),
                ApplicationCommandOption(type: .integer, name: "size", description: "Cap", minValue: 1, maxValue: 100),
            ]),
        ], defaultMemberPermissions: .manageRoles)
        let json = try wire(command)
        #expect(json["default_member_permissions"] == .string("268435456"))
        #expect(json["type"] == .number(1))
        #expect(json["options"] == .array([.object([
            "type": .number(1), "name": .string("start"), "description": .string("Start a run"),
            "options": .array([
                .object(["type": .number(3), "name": .string("dungeon"), "description": .string("Which"),
                         "required": .bool(true), "autocomplete": .bool(true)]),
                .object(["type": .number(4), "name": .string("size"), "description": .string("Cap"),
                         "min_value": .number(1), "max_value": .number(100)]),
            ]),
        ])]))
    }

    @Test("a Discord error body decodes code, message and nested errors; a 429 body decodes retry_after")
    func errors() throws {
        let body = try decode(DiscordErrorBody.self, #"""
        {"code":50035,"message":"Invalid Form Body","errors":{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 2000 or fewer in length."}]}}}
        """#)
        #expect(body.code == 50035)
        #expect(body.errors?["content"]?["_errors"] != nil)
        let limited = try decode(RateLimitedBody.self, #"{"message":"You are being rate limited.","retry_after":0.64,"global":false}"#)
        #expect(limited.retryAfter == 0.64)
        #expect(try decode(DiscordErrorBody.self, #"{"message":"429","retry_after":1,"global":true}"#).code == 0)
    }
}
