import DiscordModels
import Testing
import TestSupport
@testable import BotKit

/// After `raidbot import-postgres` the incumbent's long-lived panels are still in the channels
/// (docs/import.md, "Panels"). A feature declares the incumbent's unversioned ids it accepts
/// (`IncumbentAlias`); such a press runs the feature's own route with the translated v1 id. Every
/// other unversioned id, and a declared one with the wrong arguments, is refused as before.
@Suite struct IncumbentPanelTests {
    actor Seen {
        var ids: [String] = []
        func add(_ id: CustomID?) { ids.append(id?.encoded ?? "nil") }
    }

    static let toggle = CustomIDSchema("ping", "toggle", [.token])
    static let addAll = CustomIDSchema("ping", "addall")
    static let claim = CustomIDSchema("panel", "claim", [.snowflake])
    static let keys = ["ALPHA": "ALPHA", "TWO WORDS": "TWO-WORDS"]

    func router(_ seen: Seen, responder: RecordingResponder) -> InteractionRouter {
        var routes = InteractionRoutes()
        for schema in [Self.toggle, Self.addAll, Self.claim] {
            routes.component(ComponentRoute(schema, action: .deferred(.ephemeralReply) { await seen.add($0.customID) }))
        }
        routes.incumbentAlias(IncumbentAlias("oldping", "toggle", [.translated { Self.keys[$0] }], as: Self.toggle))
        routes.incumbentAlias(IncumbentAlias("oldping", "addall", as: Self.addAll))
        // The shape of the incumbent's `customrole:get_verified:<configId>`: a database id carried over.
        routes.incumbentAlias(IncumbentAlias("oldpanel", "claim", [.same(.snowflake)], as: Self.claim))
        return Fixture.router(CommandCatalog([]), routes, responder: responder, sink: MemorySink())
    }

    @Test(arguments: [
        ("oldping:toggle:ALPHA", "v1:ping:toggle:ALPHA"),
        ("oldping:toggle:TWO WORDS", "v1:ping:toggle:TWO-WORDS"),
        ("oldping:addall", "v1:ping:addall"),
        ("oldpanel:claim:3", "v1:panel:claim:3"),
    ])
    func aDeclaredIncumbentIDRunsTheRouteWithTheTranslatedID(raw: String, ours: String) async throws {
        let seen = Seen()
        let responder = RecordingResponder()
        await router(seen, responder: responder).handle(Fixture.click(raw, by: Fixture.member(9)))
        #expect(await seen.ids == [ours])
        #expect(await responder.calls.first == .callback(.deferredMessage(ephemeral: true)))
    }

    @Test(arguments: [
        "oldping:toggle:BETA",          // a key the alias does not know
        "oldping:toggle:alpha",         // keys are exact
        "oldping:toggle",               // missing argument
        "oldping:toggle:ALPHA:ALPHA",   // extra argument
        "oldping:addall:1",             // extra argument
        "oldpanel:claim:abc",           // wrong kind
        "oldpanel:claim:0",             // not a snowflake
        "oldpanel:claim:-3",
        "oldpanel:claim:3 ",
        "oldping:removeall",            // a shape nobody declared
        "ping:toggle:ALPHA",            // our own route without the version is not an alias
        "customrole:get_verified:3",
        "oldping",
        "",
    ])
    func anyOtherIncumbentIDStillAsksForTheLatestPanel(raw: String) async throws {
        let seen = Seen()
        let responder = RecordingResponder()
        await router(seen, responder: responder).handle(Fixture.click(raw, by: Fixture.member(9)))
        #expect(await seen.ids.isEmpty)
        #expect(await responder.calls == [
            .callback(.message(Reply.text(BotErrorCode.malformedComponent.friendlyMessage).ephemeralCallback)),
        ])
        #expect(BotErrorCode.malformedComponent.friendlyMessage.contains("Use the latest panel"))
    }

    @Test func translationChecksKindsAndCounts() throws {
        let alias = IncumbentAlias("oldpanel", "claim", [.same(.snowflake)], as: Self.claim)
        #expect(try alias.translate(["42"]).encoded == "v1:panel:claim:42")
        #expect(throws: CustomIDProblem.wrongArgumentKind(index: 0, expected: .snowflake)) { try alias.translate(["x"]) }
        #expect(throws: CustomIDProblem.wrongArgumentCount(expected: 1, actual: 2)) { try alias.translate(["1", "2"]) }
        let mapped = IncumbentAlias("oldping", "toggle", [.translated { Self.keys[$0] }], as: Self.toggle)
        #expect(throws: CustomIDProblem.unknownIncumbentValue(index: 0)) { try mapped.translate(["BETA"]) }
    }
}
