@testable import DiscordModels

/// The limit table of discord-api.md §2.6 and §3, one row per limit.
enum LimitCases {
    static let all: [LimitCase] = messageCases + componentCases + modalCases + commandCases

    static func embed(_ build: (inout Embed) -> Void) -> LimitBody {
        var embed = Embed(title: "t")
        build(&embed)
        return .message(MessageCreate(embeds: [embed]))
    }

    static func row(_ components: [Component]) -> LimitBody {
        .message(MessageCreate(components: [.actionRow(ActionRow(components))]))
    }

    static func button(_ customID: String, label: String = "Join") -> Component {
        .button(Button(style: .primary, label: label, customID: customID))
    }

    static func select(options: Int = 1, placeholder: String? = nil, maxValues: Int? = nil, optionText: Int = 5) -> Component {
        let choices = (0..<options).map { SelectOption(label: text(optionText), value: "v\($0)\(text(max(0, optionText - 3)))") }
        return .selectMenu(SelectMenu(customID: "s", options: choices, placeholder: placeholder, maxValues: maxValues))
    }

    static let messageCases: [LimitCase] = [
        LimitCase(limit: "content", atLimit: .message(MessageCreate(content: text(2000))),
                  overLimit: .message(MessageCreate(content: text(2001)))),
        LimitCase(limit: "content", atLimit: .webhook(ExecuteWebhook(content: text(2000))),
                  overLimit: .webhook(ExecuteWebhook(content: text(2001)))),
        LimitCase(limit: "content", atLimit: .response(.message(InteractionCallbackMessage(content: text(2000)))),
                  overLimit: .response(.message(InteractionCallbackMessage(content: text(2001))))),
        LimitCase(limit: "embeds", atLimit: .message(MessageCreate(embeds: Array(repeating: Embed(title: "t"), count: 10))),
                  overLimit: .message(MessageCreate(embeds: Array(repeating: Embed(title: "t"), count: 11)))),
        LimitCase(limit: "embed.title", atLimit: embed { $0.title = text(256) }, overLimit: embed { $0.title = text(257) }),
        LimitCase(limit: "embed.description", atLimit: embed { $0.description = text(4096) },
                  overLimit: embed { $0.description = text(4097) }),
        LimitCase(limit: "embed.fields", atLimit: embed { $0.fields = Array(repeating: EmbedField(name: "n", value: "v"), count: 25) },
                  overLimit: embed { $0.fields = Array(repeating: EmbedField(name: "n", value: "v"), count: 26) }),
        LimitCase(limit: "embed.field.name", atLimit: embed { $0.fields = [EmbedField(name: text(256), value: "v")] },
                  overLimit: embed { $0.fields = [EmbedField(name: text(257), value: "v")] }),
        LimitCase(limit: "embed.field.value", atLimit: embed { $0.fields = [EmbedField(name: "n", value: text(1024))] },
                  overLimit: embed { $0.fields = [EmbedField(name: "n", value: text(1025))] }),
        LimitCase(limit: "embed.field.value", atLimit: embed { $0.fields = [EmbedField(name: "n", value: "v")] },
                  overLimit: embed { $0.fields = [EmbedField(name: "n", value: "")] }),
        LimitCase(limit: "embed.footer.text", atLimit: embed { $0.footer = EmbedFooter(text: text(2048)) },
                  overLimit: embed { $0.footer = EmbedFooter(text: text(2049)) }),
        LimitCase(limit: "embed.author.name", atLimit: embed { $0.author = EmbedAuthor(name: text(256)) },
                  overLimit: embed { $0.author = EmbedAuthor(name: text(257)) }),
        LimitCase(limit: "embeds.total",
                  atLimit: .message(MessageCreate(embeds: [Embed(description: text(4000)), Embed(description: text(2000))])),
                  overLimit: .message(MessageCreate(embeds: [Embed(description: text(4000)), Embed(description: text(2001))]))),
        LimitCase(limit: "allowed_mentions.users",
                  atLimit: .message(MessageCreate(content: "x", allowedMentions: AllowedMentions(users: (1...100).map { Snowflake($0) }))),
                  overLimit: .message(MessageCreate(allowedMentions: AllowedMentions(users: (1...101).map { Snowflake($0) })))),
        LimitCase(limit: "allowed_mentions.roles",
                  atLimit: .message(MessageCreate(content: "x", allowedMentions: AllowedMentions(roles: (1...100).map { Snowflake($0) }))),
                  overLimit: .message(MessageCreate(allowedMentions: AllowedMentions(roles: (1...101).map { Snowflake($0) })))),
        LimitCase(limit: "message.parts", atLimit: .message(MessageCreate(embeds: [Embed(title: "t")])),
                  overLimit: .message(MessageCreate(content: ""))),
        LimitCase(limit: "message.parts", atLimit: .webhook(ExecuteWebhook(content: "x")), overLimit: .webhook(ExecuteWebhook())),
        LimitCase(limit: "message.parts", atLimit: .response(.message(InteractionCallbackMessage(content: "x"))),
                  overLimit: .response(.message(InteractionCallbackMessage(flags: .ephemeral)))),
        LimitCase(limit: "components_v2.content",
                  atLimit: .message(MessageCreate(components: [.textDisplay(TextDisplay("x"))], flags: .isComponentsV2)),
                  overLimit: .message(MessageCreate(content: "x", components: [.textDisplay(TextDisplay("x"))], flags: .isComponentsV2))),
        LimitCase(limit: "allowed_mentions.users_with_parse",
                  atLimit: .message(MessageCreate(content: "x", allowedMentions: AllowedMentions(parse: ["users"]))),
                  overLimit: .message(MessageCreate(content: "x", allowedMentions: AllowedMentions(parse: ["users"], users: [1])))),
        LimitCase(limit: "nonce", atLimit: .message(MessageCreate(content: "x", nonce: text(25))),
                  overLimit: .message(MessageCreate(content: "x", nonce: text(26)))),
        LimitCase(limit: "username", atLimit: .webhook(ExecuteWebhook(content: "x", username: text(80))),
                  overLimit: .webhook(ExecuteWebhook(content: "x", username: text(81)))),
        LimitCase(limit: "choices",
                  atLimit: .response(.autocomplete((0..<25).map { ApplicationCommandOptionChoice(name: "c\($0)", value: .integer(Int64($0))) })),
                  overLimit: .response(.autocomplete((0..<26).map { ApplicationCommandOptionChoice(name: "c\($0)", value: .integer(Int64($0))) }))),
        LimitCase(limit: "choice.name",
                  atLimit: .response(.autocomplete([ApplicationCommandOptionChoice(name: text(100), value: .string("v"))])),
                  overLimit: .response(.autocomplete([ApplicationCommandOptionChoice(name: text(101), value: .string("v"))]))),
        LimitCase(limit: "choice.value",
                  atLimit: .response(.autocomplete([ApplicationCommandOptionChoice(name: "n", value: .string(text(100)))])),
                  overLimit: .response(.autocomplete([ApplicationCommandOptionChoice(name: "n", value: .string(text(101)))]))),
    ]

    static let componentCases: [LimitCase] = [
        LimitCase(limit: "components.action_rows",
                  atLimit: .message(MessageCreate(components: (0..<5).map { .actionRow(ActionRow([button("b\($0)")])) })),
                  overLimit: .message(MessageCreate(components: (0..<6).map { .actionRow(ActionRow([button("b\($0)")])) }))),
        LimitCase(limit: "components.top_level_non_rows", atLimit: row([button("a")]),
                  overLimit: .message(MessageCreate(components: [button("a")]))),
        LimitCase(limit: "action_row.components", atLimit: row((0..<5).map { button("b\($0)") }),
                  overLimit: row((0..<6).map { button("b\($0)") })),
        LimitCase(limit: "action_row.components", atLimit: row([button("a")]), overLimit: row([])),
        LimitCase(limit: "action_row.components_with_select", atLimit: row([select()]), overLimit: row([select(), button("a")])),
        LimitCase(limit: "custom_id", atLimit: row([button(text(100))]), overLimit: row([button(text(101))])),
        LimitCase(limit: "custom_id", atLimit: row([button("a")]), overLimit: row([button("")])),
        LimitCase(limit: "custom_id.uses(a)", atLimit: row([button("a"), button("b")]), overLimit: row([button("a"), button("a")])),
        LimitCase(limit: "button.label", atLimit: row([button("a", label: text(80))]), overLimit: row([button("a", label: text(81))])),
        LimitCase(limit: "button.url", atLimit: row([.button(Button(label: "Guide", url: text(512)))]),
                  overLimit: row([.button(Button(label: "Guide", url: text(513)))])),
        LimitCase(limit: "select.options", atLimit: row([select(options: 25)]), overLimit: row([select(options: 26)])),
        LimitCase(limit: "select.options", atLimit: row([select(options: 1)]), overLimit: row([select(options: 0)])),
        LimitCase(limit: "select.option.label", atLimit: row([select(optionText: 100)]), overLimit: row([select(optionText: 101)])),
        LimitCase(limit: "select.placeholder", atLimit: row([select(placeholder: text(150))]),
                  overLimit: row([select(placeholder: text(151))])),
        LimitCase(limit: "select.max_values", atLimit: row([select(maxValues: 25)]), overLimit: row([select(maxValues: 26)])),
        LimitCase(limit: "select.min_values",
                  atLimit: row([.selectMenu(SelectMenu(type: .roleSelect, customID: "r", minValues: 25))]),
                  overLimit: row([.selectMenu(SelectMenu(type: .roleSelect, customID: "r", minValues: 26))])),
        LimitCase(limit: "select.option.value",
                  atLimit: row([.selectMenu(SelectMenu(customID: "s", options: [SelectOption(label: "l", value: text(100))]))]),
                  overLimit: row([.selectMenu(SelectMenu(customID: "s", options: [SelectOption(label: "l", value: text(101))]))])),
        LimitCase(limit: "select.option.description",
                  atLimit: row([.selectMenu(SelectMenu(customID: "s", options: [SelectOption(label: "l", value: "v", description: text(100))]))]),
                  overLimit: row([.selectMenu(SelectMenu(customID: "s", options: [SelectOption(label: "l", value: "v", description: text(101))]))])),
        LimitCase(limit: "sticker_ids", atLimit: .message(sticker(3)), overLimit: .message(sticker(4))),
    ]

    static func sticker(_ count: Int) -> MessageCreate {
        var body = MessageCreate(content: "x")
        body.stickerIDs = (0..<count).map { Snowflake(UInt64($0)) }
        return body
    }

    static func modal(title: String = "Verify", inputs: Int = 1, input: TextInput? = nil, label: String = "IGN") -> LimitBody {
        let field = input ?? TextInput(customID: "f", style: .short)
        let components = (0..<inputs).map { index -> Component in
            var copy = field
            copy.customID = inputs == 1 ? field.customID : "f\(index)"
            return .label(Label(label, component: .textInput(copy)))
        }
        return .modal(Modal(customID: "m", title: title, components: components))
    }

    static let modalCases: [LimitCase] = [
        LimitCase(limit: "modal.title", atLimit: modal(title: text(45)), overLimit: modal(title: text(46))),
        LimitCase(limit: "modal.components", atLimit: modal(inputs: 5), overLimit: modal(inputs: 6)),
        LimitCase(limit: "modal.components", atLimit: modal(inputs: 1), overLimit: modal(inputs: 0)),
        LimitCase(limit: "label.label", atLimit: modal(label: text(45)), overLimit: modal(label: text(46))),
        LimitCase(limit: "text_input.value", atLimit: modal(input: TextInput(customID: "f", style: .paragraph, value: text(4000))),
                  overLimit: modal(input: TextInput(customID: "f", style: .paragraph, value: text(4001)))),
        LimitCase(limit: "text_input.max_length", atLimit: modal(input: TextInput(customID: "f", style: .short, maxLength: 4000)),
                  overLimit: modal(input: TextInput(customID: "f", style: .short, maxLength: 4001))),
        LimitCase(limit: "text_input.placeholder",
                  atLimit: modal(input: TextInput(customID: "f", style: .short, placeholder: text(100))),
                  overLimit: modal(input: TextInput(customID: "f", style: .short, placeholder: text(101)))),
        LimitCase(limit: "text_input.min_length", atLimit: modal(input: TextInput(customID: "f", style: .short, minLength: 4000)),
                  overLimit: modal(input: TextInput(customID: "f", style: .short, minLength: 4001))),
        LimitCase(limit: "label.description",
                  atLimit: .modal(Modal(customID: "m", title: "t", components: [.label(Label("l", description: text(100),
                      component: .textInput(TextInput(customID: "f", style: .short))))])),
                  overLimit: .modal(Modal(customID: "m", title: "t", components: [.label(Label("l", description: text(101),
                      component: .textInput(TextInput(customID: "f", style: .short))))]))),
        LimitCase(limit: "custom_id", atLimit: modal(input: TextInput(customID: text(100), style: .short)),
                  overLimit: modal(input: TextInput(customID: text(101), style: .short))),
    ]

    static func command(name: String = "run", description: String = "Runs", options: [ApplicationCommandOption]? = nil) -> ApplicationCommand {
        ApplicationCommand(name: name, description: description, options: options)
    }

    static func stringOptions(_ count: Int) -> [ApplicationCommandOption] {
        (0..<count).map { ApplicationCommandOption(type: .string, name: "o\($0)", description: "d") }
    }

    static let commandCases: [LimitCase] = [
        LimitCase(limit: "command.name.characters", atLimit: .commands([command(name: "run-start_2'")]),
                  overLimit: .commands([command(name: "Run start")])),
        LimitCase(limit: "option.name.characters",
                  atLimit: .commands([command(options: [ApplicationCommandOption(type: .string, name: "dungeon", description: "d")])]),
                  overLimit: .commands([command(options: [ApplicationCommandOption(type: .string, name: "Dungeon", description: "d")])])),
        LimitCase(limit: "command.name", atLimit: .commands([command(name: text(32))]), overLimit: .commands([command(name: text(33))])),
        LimitCase(limit: "command.description", atLimit: .commands([command(description: text(100))]),
                  overLimit: .commands([command(description: text(101))])),
        LimitCase(limit: "command.options", atLimit: .commands([command(options: stringOptions(25))]),
                  overLimit: .commands([command(options: stringOptions(26))])),
        LimitCase(limit: "option.name", atLimit: .commands([command(options: [ApplicationCommandOption(type: .string, name: text(32), description: "d")])]),
                  overLimit: .commands([command(options: [ApplicationCommandOption(type: .string, name: text(33), description: "d")])])),
        LimitCase(limit: "option.description",
                  atLimit: .commands([command(options: [ApplicationCommandOption(type: .string, name: "o", description: text(100))])]),
                  overLimit: .commands([command(options: [ApplicationCommandOption(type: .string, name: "o", description: text(101))])])),
        LimitCase(limit: "option.max_length",
                  atLimit: .commands([command(options: [ApplicationCommandOption(type: .string, name: "o", description: "d", maxLength: 6000)])]),
                  overLimit: .commands([command(options: [ApplicationCommandOption(type: .string, name: "o", description: "d", maxLength: 6001)])])),
        LimitCase(limit: "choices",
                  atLimit: .commands([command(options: [ApplicationCommandOption(type: .integer, name: "o", description: "d",
                      choices: (0..<25).map { ApplicationCommandOptionChoice(name: "c\($0)", value: .integer(Int64($0))) })])]),
                  overLimit: .commands([command(options: [ApplicationCommandOption(type: .integer, name: "o", description: "d",
                      choices: (0..<26).map { ApplicationCommandOptionChoice(name: "c\($0)", value: .integer(Int64($0))) })])])),
        LimitCase(limit: "commands.user",
                  atLimit: .commands((0..<15).map { ApplicationCommand(name: "U\($0)", description: "", type: .user) }),
                  overLimit: .commands((0..<16).map { ApplicationCommand(name: "U\($0)", description: "", type: .user) })),
        LimitCase(limit: "commands.message",
                  atLimit: .commands((0..<15).map { ApplicationCommand(name: "M\($0)", description: "", type: .message) }),
                  overLimit: .commands((0..<16).map { ApplicationCommand(name: "M\($0)", description: "", type: .message) })),
        LimitCase(limit: "commands.chat_input", atLimit: .commands((0..<100).map { command(name: "c\($0)") }),
                  overLimit: .commands((0..<101).map { command(name: "c\($0)") })),
        LimitCase(limit: "option.required_after_optional",
                  atLimit: .commands([command(options: [
                      ApplicationCommandOption(type: .string, name: "a", description: "d", required: true),
                      ApplicationCommandOption(type: .string, name: "b", description: "d")])]),
                  overLimit: .commands([command(options: [
                      ApplicationCommandOption(type: .string, name: "b", description: "d"),
                      ApplicationCommandOption(type: .string, name: "a", description: "d", required: true)])])),
        LimitCase(limit: "command.total",
                  atLimit: .commands([command(name: "a", description: "b", options: (0..<25).map { index in
                      ApplicationCommandOption(type: .string, name: "o", description: text(100), choices: (0..<3).map { _ in
                          ApplicationCommandOptionChoice(name: text(1), value: .string(text(1))) })
                  })]),
                  overLimit: .commands([command(name: "a", description: "b", options: (0..<25).map { index in
                      ApplicationCommandOption(type: .string, name: "o", description: text(100), choices: (0..<25).map { _ in
                          ApplicationCommandOptionChoice(name: text(100), value: .string(text(100))) })
                  })])),
    ]
}
