import DiscordModels
import Foundation
import OpenAPIValidation
import Testing

/// What DiscordModels encodes must be what the spec accepts, with no undeclared keys: this catches
/// a wrong CodingKey or a wrong wire type before the sandbox or Discord ever sees the body.
@Suite("DiscordModels bodies conform to the spec")
struct DiscordModelsConformanceTests {
    static let row = Component.actionRow(ActionRow([
        .button(Button(style: .success, label: "Join", customID: "run:join:42", emoji: Emoji(unicode: "✅"))),
        .button(Button(style: .danger, label: "Leave", customID: "run:leave:42", disabled: true)),
        .button(Button(label: "Guide", url: "https://example.com/guide")),
    ]))
    static let select = Component.actionRow(ActionRow([.selectMenu(SelectMenu(
        customID: "run:class:42",
        options: [SelectOption(label: "Priest", value: "priest", description: "Heals", emoji: Emoji(id: 1_500_000_000_000_000_003, name: "priest"))],
        placeholder: "Your class", minValues: 1, maxValues: 1))]))
    static let userSelect = Component.actionRow(ActionRow([.selectMenu(SelectMenu(type: .userSelect, customID: "mod:user", maxValues: 5))]))
    static let embed = Embed(title: "Shatters", description: "Join below", url: "https://example.com",
                             timestamp: DiscordTimestamp(unixMilliseconds: 1_796_000_523_456), color: 0x3498DB,
                             footer: EmbedFooter(text: "raidbot", iconURL: "https://example.com/i.png"),
                             image: EmbedMedia(url: "attachment://panel.png"), author: EmbedAuthor(name: "Leader"),
                             fields: [EmbedField(name: "Raiders", value: "12/80", inline: true)])
    static let mentions = AllowedMentions(parse: [], users: [1_200_000_000_000_000_012], roles: [1_400_000_000_000_000_002])
    static let modal = Modal(customID: "verify:ign", title: "Verify", components: [
        .label(Label("In-game name", description: "As shown in game",
                     component: .textInput(TextInput(customID: "ign", style: .short, minLength: 1, maxLength: 10, required: true,
                                                     placeholder: "Oryx")))),
        .label(Label("Server", component: .selectMenu(SelectMenu(customID: "server", options: [SelectOption(label: "US East", value: "use")])))),
        .textDisplay(TextDisplay("Staff will review this.")),
    ])

    static func bodies() -> [(String, String, any Encodable)] {
        let channel = "/api/v10/channels/1600000000000000004/messages"
        let callback = "/api/v10/interactions/1800000000000000020/token/callback"
        let webhook = "/api/v10/webhooks/1300000000000000001/token"
        return [
            ("POST", channel, MessageCreate(content: "Run started", embeds: [embed], components: [row, select, userSelect],
                                            allowedMentions: mentions, flags: .suppressNotifications, nonce: "run-42", enforceNonce: true,
                                            messageReference: MessageReference(messageID: 1_700_000_000_000_000_013))),
            ("PATCH", channel + "/1700000000000000013", MessageEdit(content: "", embeds: [embed], components: [])),
            ("POST", callback, InteractionResponse.deferredMessage(ephemeral: true)),
            ("POST", callback, InteractionResponse.deferredMessage(ephemeral: false)),
            ("POST", callback, InteractionResponse.deferredUpdate),
            ("POST", callback, InteractionResponse.message(InteractionCallbackMessage(content: "Joined", embeds: [embed],
                                                                                      components: [row], flags: .ephemeral))),
            ("POST", callback, InteractionResponse.updateMessage(InteractionCallbackMessage(embeds: [embed], components: [select]))),
            ("POST", callback, InteractionResponse.autocomplete([ApplicationCommandOptionChoice(name: "Shatters", value: .string("shatters"))])),
            ("POST", callback, InteractionResponse.autocomplete([ApplicationCommandOptionChoice(name: "Eighty", value: .integer(80))])),
            ("POST", callback, InteractionResponse.modal(modal)),
            ("POST", webhook, ExecuteWebhook(content: "Follow-up", embeds: [embed], components: [row], flags: .ephemeral)),
            ("PATCH", webhook + "/messages/@original", MessageEdit(content: "Done", components: [row])),
            ("PUT", "/api/v10/applications/1300000000000000001/guilds/1100000000000000001/commands", [
                ApplicationCommand(name: "run", description: "Raid runs", options: [
                    ApplicationCommandOption(type: .subCommand, name: "start", description: "Start a run", options: [
                        ApplicationCommandOption(type: .string, name: "dungeon", description: "Which", required: true, autocomplete: true),
                        ApplicationCommandOption(type: .integer, name: "size", description: "Cap", minValue: 1, maxValue: 100),
                        ApplicationCommandOption(type: .channel, name: "vc", description: "Voice", channelTypes: [.guildVoice]),
                        ApplicationCommandOption(type: .string, name: "kind", description: "Kind",
                                                 choices: [ApplicationCommandOptionChoice(name: "Normal", value: .string("normal"))],
                                                 minLength: 1, maxLength: 20),
                    ]),
                ], defaultMemberPermissions: .manageRoles, contexts: [0]),
                ApplicationCommand(name: "Inspect", description: "", type: .user),
            ]),
        ]
    }

    @Test("every outgoing body DiscordModels builds passes the spec in strict mode")
    func conform() throws {
        let spec = try SpecFixture.spec()
        for (method, path, body) in Self.bodies() {
            let data = try JSONEncoder().encode(body)
            let found = try spec.validateRequestBody(method: method, path: path, body: data, options: .strict)
            #expect(found.isEmpty, "\(method) \(path) \(type(of: body)): \(found.map(\.description))")
        }
    }
}

/// Response validation: what a Discord stand-in serves must match Discord's response schemas.
@Suite("Response bodies against the spec")
struct ResponseBodyTests {
    /// A message as Discord returns it from create message (shape from discord-api-docs' message example).
    static let message = #"""
    {"type":0,"channel_id":"1600000000000000004","content":"Run started","attachments":[],"embeds":[
       {"type":"rich","title":"Shatters","description":"Join below","color":3447003,
        "fields":[{"name":"Raiders","value":"12/80","inline":true}]}],
     "timestamp":"2026-11-30T01:02:03.456000+00:00","edited_timestamp":null,"flags":0,
     "components":[{"type":1,"id":1,"components":[{"type":2,"id":2,"style":3,"label":"Join","custom_id":"run:join:42"}]}],
     "id":"1700000000000000013","author":{"id":"1300000000000000001","username":"raidbot","avatar":null,"discriminator":"0",
       "public_flags":0,"flags":0,"bot":true,"banner":null,"accent_color":null,"global_name":null,
       "avatar_decoration_data":null,"collectibles":null,"banner_color":null,"clan":null,"primary_guild":null},
     "mentions":[],"mention_roles":[],"pinned":false,"mention_everyone":false,"tts":false}
    """#

    static let path = "/api/v10/channels/1600000000000000004/messages"

    @Test("a message as Discord returns it validates; one without required fields does not")
    func message() throws {
        let spec = try SpecFixture.spec()
        #expect(try spec.validateResponseBody(method: "POST", path: Self.path, status: 200, body: Data(Self.message.utf8)).isEmpty)
        let partial = #"{"id":"1","channel_id":"2","content":"x"}"#
        let found = try spec.validateResponseBody(method: "POST", path: Self.path, status: 200, body: Data(partial.utf8))
        #expect(Set(found.map(\.keyword)) == ["required"])
        #expect(found.contains { $0.message.contains("edited_timestamp") })
    }

    @Test("gateway info and plain errors validate; status ranges and missing bodies resolve")
    func others() throws {
        let spec = try SpecFixture.spec()
        let info = GatewayBotInfo(url: "wss://gateway.discord.gg")
        #expect(try spec.validateResponseBody(method: "GET", path: "/gateway/bot", status: 200, body: JSONEncoder().encode(info)).isEmpty)
        let unknown = DiscordErrorBody(code: 10008, message: "Unknown Message")
        #expect(try spec.validateResponseBody(method: "POST", path: Self.path, status: 404, body: JSONEncoder().encode(unknown)).isEmpty)
        let broken = try spec.validateResponseBody(method: "GET", path: "/gateway/bot", status: 200, body: Data(#"{"url":"wss://x"}"#.utf8))
        #expect(Set(broken.map(\.keyword)) == ["required"])
        #expect(throws: OpenAPIValidationError.self) {
            try spec.validateResponseBody(method: "DELETE", path: "/channels/1/messages/2", status: 204, body: Data("{}".utf8))
        }
    }

    @Test("spec quirk: field errors carry string codes on the wire but integers in the spec")
    func fieldErrorCodes() throws {
        let spec = try SpecFixture.spec()
        let error = DiscordErrorBody.invalidFormBody([LimitViolation(limit: "content", path: "content", actual: 2001, bound: 2000)])
        let found = try spec.validateResponseBody(method: "POST", path: Self.path, status: 400, body: JSONEncoder().encode(error))
        #expect(found.contains { $0.pointer == "/errors/content/_errors/0/code" && $0.keyword == "type" })
    }
}
