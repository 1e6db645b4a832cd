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
