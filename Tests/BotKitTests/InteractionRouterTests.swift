import TestSupport
import DiscordModels
import Testing
@testable import BotKit
import CivilTime

@Suite struct InteractionRouterCommandTests {
    actor Runs {
        var count = 0
        func hit() { count += 1 }
    }

    static let run = CommandDeclaration(name: "run", description: "Start a run", gate: .rank(.organizer),
                                        deferStyle: .ephemeralReply)
    static let stats = CommandDeclaration(name: "stats", description: "Stats", gate: .everyone, deferStyle: .publicReply)
    static let catalog = CommandCatalog([run, stats])

    func routes(_ runs: Runs, _ handler: @escaping CommandHandler = { try await $0.reply(.text("✅ done")) }) -> InteractionRoutes {
        var routes = InteractionRoutes()
        routes.command("run") { context in
            await runs.hit()
            try await handler(context)
        }
        routes.command("stats") { context in
            await runs.hit()
            try await handler(context)
        }
        return routes
    }

    @Test func acknowledgesWithTheDeclaredStyleBeforeTheHandlerAnswers() async throws {
        let responder = RecordingResponder()
        let sink = MemorySink()
        let router = Fixture.router(Self.catalog, routes(Runs()), responder: responder, sink: sink)
        await router.handle(Fixture.command("run", by: Fixture.member(9, roles: [20])))
        await router.handle(Fixture.command("stats", by: Fixture.member(9)))
        let calls = await responder.calls
        #expect(calls.count == 4)
        #expect(calls[0] == .callback(.deferredMessage(ephemeral: true)))
        #expect(calls[1] == .editOriginal(Reply.text("✅ done").edit))
        #expect(calls[2] == .callback(.deferredMessage(ephemeral: false)))
    }

    @Test func writesASanitizedCommandLogEntry() async throws {
        let responder = RecordingResponder()
        let sink = MemorySink()
        let clock = ManualBotClock(unixMilliseconds: 1_800_000_000_000)
        let router = Fixture.router(Self.catalog, routes(Runs()), responder: responder, sink: sink, clock: clock)
        let options = [
            CommandInteractionOption(name: "dungeon", type: .string, value: .string(String(repeating: "x", count: 150))),
            CommandInteractionOption(name: "api_key", type: .string, value: .string("hunter2")),
            CommandInteractionOption(name: "amount", type: .integer, value: .integer(3)),
        ]
        await router.handle(Fixture.command("run", options: options, by: Fixture.member(9, roles: [20]), id: 42))
        let entry = try #require(await sink.entries.first)
        #expect(entry.interactionID == 42 && entry.userID == 9 && entry.guildID == Fixture.guild)
        #expect(entry.commandName == "run" && entry.subcommand == nil)
        #expect(entry.succeeded && entry.errorCode == nil)
        #expect(entry.createdAtUnixMilliseconds == 1_800_000_000_000)
        #expect(entry.optionsJSON == #"{"amount":3,"api_key":"[REDACTED]","dungeon":"\#(String(repeating: "x", count: 100))"}"#)
        #expect(!entry.optionsJSON.contains("hunter2"))
    }

    @Test func aMemberWithoutTheRankIsRefusedAndTheHandlerNeverRuns() async throws {
        let responder = RecordingResponder()
        let sink = MemorySink()
        let runs = Runs()
        let router = Fixture.router(Self.catalog, routes(runs), responder: responder, sink: sink)
        await router.handle(Fixture.command("run", by: Fixture.member(9, roles: [10])))
        #expect(await runs.count == 0)
        #expect(await responder.calls.first == .callback(.deferredMessage(ephemeral: true)))
        #expect(await responder.lastText == AccessDenial.missingRank(.organizer).userMessage)
        #expect(await sink.entries.first?.errorCode == .notAuthorized)
    }

    @Test(arguments: [
        (Fixture.member(9, admin: true), true),
        (Fixture.member(9, roles: [60]), true),
        (Fixture.member(9, roles: [20]), true),
        (Fixture.member(9), false),
    ])
    func gatesGoThroughTheOneHierarchy(member: Member, runs expected: Bool) async {
        let runs = Runs()
        let router = Fixture.router(Self.catalog, routes(runs), responder: RecordingResponder(), sink: MemorySink())
        await router.handle(Fixture.command("run", by: member))
        #expect(await runs.count == (expected ? 1 : 0))
    }

    @Test func theSixthCommandInTenSecondsIsRateLimited() async throws {
        let responder = RecordingResponder()
        let sink = MemorySink()
        let runs = Runs()
        let router = Fixture.router(Self.catalog, routes(runs), responder: responder, sink: sink)
        for id in 1...6 {
            await router.handle(Fixture.command("run", by: Fixture.member(9, roles: [20]), id: Snowflake(UInt64(id))))
        }
        #expect(await runs.count == 5)
        #expect(await responder.lastText?.contains("Please wait 10 seconds") == true)
        #expect(await sink.entries.last?.errorCode == .rateLimited)
    }

    @Test func aFailureShowsTheFriendlyMessageNeverTheDetail() async throws {
        let responder = RecordingResponder()
        let sink = MemorySink()
        let router = Fixture.router(Self.catalog, routes(Runs()) { _ in
            throw BotKitError(.databaseError, detail: "SQLITE_BUSY in UPDATE run")
        }, responder: responder, sink: sink)
        await router.handle(Fixture.command("stats", by: Fixture.member(9)))
        #expect(await responder.lastText == BotErrorCode.databaseError.friendlyMessage)
        #expect(await sink.entries.first?.succeeded == false)
        #expect(await sink.entries.first?.errorCode == .databaseError)
    }

    @Test func aFailureAfterTheHandlerRepliedIsAFollowUpNotAnOverwrite() async throws {
        struct Late: Error {}
        let responder = RecordingResponder()
        let router = Fixture.router(Self.catalog, routes(Runs()) { context in
            try await context.reply(.text("panel"))
            throw Late()
        }, responder: responder, sink: MemorySink())
        await router.handle(Fixture.command("stats", by: Fixture.member(9)))
        let calls = await responder.calls
        #expect(calls.count == 3)
        #expect(calls[2] == .followUp(Reply.text(BotErrorCode.internalError.friendlyMessage).followUp(ephemeral: true)))
    }

    @Test func replyPrivatelyReplacesAPublicDeferralWithAnEphemeralFollowUp() async throws {
        let responder = RecordingResponder()
        let router = Fixture.router(Self.catalog, routes(Runs()) { context in
            try await context.replyPrivately(.text("Amount must be 1–99."))
        }, responder: responder, sink: MemorySink())
        await router.handle(Fixture.command("stats", by: Fixture.member(9)))
        let calls = await responder.calls
        #expect(calls.dropFirst() == [.deleteOriginal, .followUp(Reply.text("Amount must be 1–99.").followUp(ephemeral: true))])
    }

    @Test func whenTheAcknowledgementFailsNothingElseHappens() async throws {
        let responder = await RecordingResponder().failingCallbacks()
        let sink = MemorySink()
        let runs = Runs()
        let router = Fixture.router(Self.catalog, routes(runs), responder: responder, sink: sink)
        await router.handle(Fixture.command("stats", by: Fixture.member(9)))
        #expect(await runs.count == 0)
        #expect(await responder.calls.isEmpty)
        #expect(await sink.entries.first?.errorCode == .discordError)
    }

    @Test func anUndeclaredCommandGetsAnEphemeralAnswer() async throws {
        let responder = RecordingResponder()
        let router = Fixture.router(Self.catalog, routes(Runs()), responder: responder, sink: MemorySink())
        await router.handle(Fixture.command("ghost", by: Fixture.member(9)))
        let calls = await responder.calls
        #expect(calls.count == 1)
        guard case .callback(let response) = calls[0], case .message(let message)? = response.data else {
            Issue.record("expected an immediate message")
            return
        }
        #expect(response.type == .channelMessageWithSource && message.flags == .ephemeral)
    }

    @Test func handlersWriteAuditRowsThroughTheSink() async throws {
        let sink = MemorySink()
        let clock = ManualBotClock(unixMilliseconds: 1_800_000_000_000)
        let router = Fixture.router(Self.catalog, routes(Runs()) { context in
            await context.audit(action: "guild.roles.set", subject: "organizer", metadataJSON: #"{"role":"20"}"#)
        }, responder: RecordingResponder(), sink: sink, clock: clock)
        await router.handle(Fixture.command("stats", by: Fixture.member(9)))
        #expect(await sink.audits == [AuditEntry(guildID: Fixture.guild, actorID: 9, action: "guild.roles.set",
                                                 subject: "organizer", metadataJSON: #"{"role":"20"}"#,
                                                 createdAtUnixMilliseconds: 1_800_000_000_000)])
    }

    @Test func autocompleteAnswersAtMostTwentyFiveChoicesAndNothingOnFailure() async throws {
        struct Broken: Error {}
        var routes = routes(Runs())
        routes.autocomplete("run") { _, option in
            (0..<40).map { ApplicationCommandOptionChoice(name: "\(option.value?.stringValue ?? "")\($0)", value: .string("\($0)")) }
        }
        routes.autocomplete("stats") { _, _ in throw Broken() }
        let responder = RecordingResponder()
        let router = Fixture.router(Self.catalog, routes, responder: responder, sink: MemorySink())
        await router.handle(Fixture.autocomplete("run", typed: "sh", by: Fixture.member(9)))
        await router.handle(Fixture.autocomplete("stats", typed: "sh", by: Fixture.member(9)))
        let calls = await responder.calls
        guard case .callback(let first) = calls[0], case .autocomplete(let choices)? = first.data else {
            Issue.record("expected choices")
            return
        }
        #expect(choices.count == 25 && choices[0].name == "sh0")
        #expect(calls[1] == .callback(.autocomplete([])))
    }
}
