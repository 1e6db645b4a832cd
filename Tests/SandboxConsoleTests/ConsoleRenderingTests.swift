import DiscordModels
import DiscordSandbox
import Testing
@testable import SandboxConsole

/// Discord messages as the console prints them, and mentions as a member reads them.
@Suite struct ConsoleRenderingTests {
    @Test("content, embed fields and components print as text, each component with its custom_id")
    func rendersAMessage() {
        let button: JSONValue = .object(["type": .number(2), "label": .string("Join"), "custom_id": .string("v1:run:join:1")])
        let locked: JSONValue = .object(["type": .number(2), "label": .string("Start"), "custom_id": .string("v1:run:start:1"),
                                         "disabled": .bool(true)])
        let menu: JSONValue = .object(["type": .number(3), "custom_id": .string("v1:run:class:1"), "placeholder": .string("Pick"),
                                       "options": .array([.object(["label": .string("Priest"), "value": .string("priest")])])])
        let body: JSONValue = .object([
            "content": .string("Run posted"),
            "embeds": .array([.object(["title": .string("Shatters"), "fields": .array([
                .object(["name": .string("Raiders"), "value": .string("rin\nlee")]),
            ])])]),
            "components": .array([.object(["type": .number(1), "components": .array([button, locked])]),
                                  .object(["type": .number(1), "components": .array([menu])])]),
        ])
        #expect(ConsoleRendering.message(body) == [
            "  Run posted", "  ▌ Shatters", "  ▌ Raiders: rin", "  ▌   lee",
            "  [Join] v1:run:join:1  [Start] (disabled) v1:run:start:1", "  <Pick: Priest> v1:run:class:1",
        ])
        #expect(ConsoleRendering.flatten(body["components"]?.asArray ?? []).compactMap { $0["custom_id"]?.asString }
                == ["v1:run:join:1", "v1:run:start:1", "v1:run:class:1"])
    }

    @Test("user, role and channel mentions read as names; unknown ids and other angle brackets stay")
    func mentionsReadAsNames() {
        let mentions = ConsoleMentions(users: [1: "rin"], roles: [2: "Raid Leader"], channels: [3: "raids"])
        #expect(mentions.readable("<@1> <@!1> <@&2> in <#3>") == "@rin @rin @Raid Leader in #raids")
        #expect(mentions.readable("<@9> 1 < 2 <b>") == "<@9> 1 < 2 <b>")
    }
}
