import DiscordModels
import Testing
import TestSupport
@testable import BotKit

@Suite struct InteractionRouterComponentTests {
    actor Seen {
        var ids: [CustomID] = []
        var values: [[String: String]] = []
        func add(_ id: CustomID?, _ values: [String: String] = [:]) {
            if let id { ids.append(id) }
            self.values.append(values)
        }
    }

    static let join = CustomIDSchema("run", "join", [.snowflake])
    static let end = CustomIDSchema("run", "end", [.snowflake])
    static let partyLoc = CustomIDSchema("run", "setpartyloc", [.snowflake])
    static let partyLocModal = CustomIDSchema("modal", "partyloc", [.snowflake])

    func router(_ seen: Seen, responder: RecordingResponder, endHandler: CommandHandler? = nil,
                outcomes: Outcomes? = nil) -> InteractionRouter {
        var routes = InteractionRoutes()
        routes.component(ComponentRoute(Self.join, rateLimit: .participation, action: .deferred(.ephemeralReply) { context in
            await seen.add(context.customID)
            try await context.reply(.text("✅ Raid joined!"))
        }))
        routes.component(ComponentRoute(Self.end, gate: .rank(.organizer), action: .deferred(.update, endHandler ?? { context in
            await seen.add(context.customID)
        })))
        routes.component(ComponentRoute(Self.partyLoc, gate: .rank(.organizer), action: .opensModal { context in
            Modal(customID: try Self.partyLocModal.make(context.customID!.arguments).encoded, title: "Party / Location",
                  components: [.actionRow(ActionRow([.textInput(TextInput(customID: "party", style: .short, label: "Party"))]))])
        }))
        routes.modal(ComponentRoute(Self.partyLocModal, action: .deferred(.update) { context in
            await seen.add(context.customID, context.modalValues)
        }))
        return Fixture.router(CommandCatalog([]), routes, responder: responder, sink: MemorySink(), outcomes: outcomes)
    }

    @Test func aButtonIsAcknowledgedThenHandledWithItsTypedID() async throws {
        let seen = Seen()
        let responder = RecordingResponder()
        await router(seen, responder: responder).handle(Fixture.click("v1:run:join:314", by: Fixture.member(9)))
        #expect(try await seen.ids.first?.snowflake(0) == 314)
        #expect(await responder.calls == [.callback(.deferredMessage(ephemeral: true)),
                                          .editOriginal(Reply.text("✅ Raid joined!").edit)])
    }

    @Test(arguments: [
        ("v1:run:explode:1", BotErrorCode.staleComponent),
        ("v1:run:join:notanid", .malformedComponent),
        ("run:join:314", .malformedComponent),
        ("garbage", .malformedComponent),
        ("v1:run:join:314:999", .malformedComponent),
    ])
    func unknownOrForgedIDsGetAClearEphemeralAnswerAndRunNothing(raw: String, code: BotErrorCode) async throws {
        let seen = Seen()
        let responder = RecordingResponder()
        await router(seen, responder: responder).handle(Fixture.click(raw, by: Fixture.member(9, admin: true)))
        #expect(await seen.ids.isEmpty)
        #expect(await responder.calls == [.callback(.message(Reply.text(code.friendlyMessage).ephemeralCallback))])
    }

    @Test func joinAndLeaveOfEveryRunShareOneParticipationBucket() async throws {
        let seen = Seen()
        let responder = RecordingResponder()
        let router = router(seen, responder: responder)
        for run in 1...4 {
            await router.handle(Fixture.click("v1:run:join:\(run)", by: Fixture.member(9)))
        }
        #expect(await seen.ids.count == 3)
        #expect(await responder.lastText?.hasPrefix(RateLimit.participation.preset.message) == true)
        await router.handle(Fixture.click("v1:run:join:5", by: Fixture.member(10)))
        #expect(await seen.ids.count == 4)
    }

    @Test func anUpdateStyleFailureIsAnEphemeralFollowUp() async throws {
        let responder = RecordingResponder()
        let router = router(Seen(), responder: responder) { _ in throw BotKitError(.alreadyTerminal) }
        await router.handle(Fixture.click("v1:run:end:7", by: Fixture.member(9, roles: [20])))
        #expect(await responder.calls == [
            .callback(.deferredUpdate),
            .followUp(Reply.text(BotErrorCode.alreadyTerminal.friendlyMessage).followUp(ephemeral: true)),
        ])
    }

    @Test func aNonOrganizerPressingAnOrganizerButtonIsRefused() async throws {
        let seen = Seen()
        let responder = RecordingResponder()
        await router(seen, responder: responder).handle(Fixture.click("v1:run:end:7", by: Fixture.member(9)))
        #expect(await seen.ids.isEmpty)
        #expect(await responder.lastText == AccessDenial.missingRank(.organizer).userMessage)
    }

    @Test func aModalButtonAnswersWithTheModalAndItsSubmissionIsRouted() async throws {
        let seen = Seen()
        let responder = RecordingResponder()
        let router = router(seen, responder: responder)
        await router.handle(Fixture.click("v1:run:setpartyloc:7", by: Fixture.member(9, roles: [20])))
        guard case .callback(let response)? = await responder.calls.first, case .modal(let modal)? = response.data else {
            Issue.record("expected a modal")
            return
        }
        #expect(modal.customID == "v1:modal:partyloc:7")
        await router.handle(Fixture.submit(modal.customID, fields: ["party": "USEast"], by: Fixture.member(9, roles: [20])))
        #expect(await seen.values.last == ["party": "USEast"])
        #expect(await responder.calls.last == .callback(.deferredUpdate))
    }

    @Test func aRefusedModalButtonAnswersWithAnEphemeralMessage() async throws {
        let responder = RecordingResponder()
        await router(Seen(), responder: responder).handle(Fixture.click("v1:run:setpartyloc:7", by: Fixture.member(9)))
        let expected = Reply.text(AccessDenial.missingRank(.organizer).userMessage).ephemeralCallback
        #expect(await responder.calls == [.callback(.message(expected))])
    }

    @Test func everyInteractionReportsAnOutcomeForMetrics() async throws {
        let outcomes = Outcomes()
        let router = router(Seen(), responder: RecordingResponder(), outcomes: outcomes)
        await router.handle(Fixture.click("v1:run:join:1", by: Fixture.member(9), id: 11))
        await router.handle(Fixture.click("v1:run:end:1", by: Fixture.member(9), id: 12))
        await router.handle(Fixture.click("nonsense", by: Fixture.member(9), id: 13))
        await router.handle(Fixture.click("v1:run:setpartyloc:1", by: Fixture.member(9, roles: [20]), id: 14))
        let all = await outcomes.drain()
        #expect(all.map(\.interactionID) == [11, 12, 13, 14])
        #expect(all.map(\.route) == ["run:join", "run:end", "nonsense", "run:setpartyloc"])
        #expect(all.map(\.errorCode) == [nil, .notAuthorized, .malformedComponent, nil])
        #expect(all.allSatisfy { $0.acknowledged && $0.kind == .component && $0.acknowledgementLatency <= $0.totalLatency })
    }
}
