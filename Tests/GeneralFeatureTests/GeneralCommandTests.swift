import BotKit
import DiscordModels
import Storage
import Testing
import TestSupport
@testable import GeneralFeature
import FeatureKit

@Suite struct GeneralCommandTests {
    typealias H = FeatureHarness

    @Test func helpListsEveryCatalogCommandGroupedByGate() async throws {
        let harness = try H.general()
        await harness.router.handle(H.command("help", by: H.member(42, admin: true)))
        let embed = try #require(await harness.responder.lastEdit?.embeds?.first)
        let text = (embed.fields ?? []).map { "\($0.name)\n\($0.value)" }.joined(separator: "\n")
        for declaration in harness.features.catalog.declarations {
            #expect(text.contains("`/\(declaration.name)`"))
        }
        #expect(embed.fields?.map(\.name).contains("Discord Administrator") == true)
        await harness.stop()
    }

    @Test(arguments: ["setroles", "/SetRoles", " setroles "])
    func helpExplainsOneCommand(typed: String) async throws {
        let harness = try H.general()
        let option = CommandInteractionOption(name: "command", type: .string, value: .string(typed))
        await harness.router.handle(H.command("help", [option], by: H.member(42, admin: true)))
        let embed = try #require(await harness.responder.lastEdit?.embeds?.first)
        #expect(embed.title == "📖 /setroles")
        #expect(embed.description?.contains("**Required role:** Discord Administrator") == true)
        #expect(embed.description?.contains("**Usage:**") == true)
        await harness.stop()
    }

    @Test func helpForAnUnknownCommandSaysSoWithoutEchoingMarkup() async throws {
        let harness = try H.general()
        let option = CommandInteractionOption(name: "command", type: .string, value: .string("nope`@everyone"))
        await harness.router.handle(H.command("help", [option], by: H.member(42, admin: true)))
        #expect(await harness.responder.lastEdit?.content == "❌ There's no `/nopeeveryone` command. Run `/help` for the list.")
        #expect(try await harness.store.count("SELECT count(*) FROM command_log WHERE error_code = 'NOT_FOUND'") == 1)
        await harness.stop()
    }

    @Test func helpAutocompleteSuggestsCommandNames() async throws {
        let harness = try H.general()
        await harness.router.handle(H.autocomplete("help", option: "command", typed: "set", by: H.member(42, admin: true)))
        let choices = try #require(await harness.responder.autocompleteChoices.first)
        #expect(choices.map(\.value) == [.string("setchannels"), .string("setroles")])
        await harness.stop()
    }

    @Test func pingEditsInBothLatencies() async throws {
        let harness = try H.general(heartbeat: .milliseconds(41))
        await harness.router.handle(H.command("ping", by: H.member(42, admin: true)))
        let edits = await harness.responder.calls.compactMap { call -> String? in
            if case .editOriginal(let edit) = call { return edit.content }
            return nil
        }
        // The manual clock does not move, so the measured round trip is exactly 0 ms.
        #expect(edits == ["🏓 Pinging…", "🏓 Pong! REST round trip: **0 ms** · Gateway heartbeat: **41 ms**"])
        await harness.stop()
    }

    @Test(arguments: [
        (Duration.milliseconds(12), Duration?.some(.microseconds(40_900)),
         "🏓 Pong! REST round trip: **12 ms** · Gateway heartbeat: **40 ms**"),
        (Duration.seconds(2), nil, "🏓 Pong! REST round trip: **2000 ms** · Gateway heartbeat: not measured yet"),
    ])
    func pingTextFormatsWholeMilliseconds(rest: Duration, heartbeat: Duration?, expected: String) {
        #expect(PingCommand.text(restRoundTrip: rest, heartbeat: heartbeat) == expected)
    }

    @Test func overviewFieldsStayWithinDiscordsLimit() {
        let lines = (0..<60).map { "`/command\($0)`: " + String(repeating: "x", count: 60) }
        let chunks = HelpView.chunks(lines)
        #expect(chunks.count > 1)
        #expect(chunks.allSatisfy { $0.count <= HelpView.fieldLimit })
        #expect(chunks.joined(separator: "\n") == lines.joined(separator: "\n"))
    }
}
