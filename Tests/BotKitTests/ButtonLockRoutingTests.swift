import DiscordModels
import Testing
import TestSupport
@testable import BotKit

/// End and cancel pressed together (defect 15): both routes declare the run's lifecycle lock, so
/// the second press is refused while the first is running, and the lock is free afterwards.
@Suite struct ButtonLockRoutingTests {
    actor Gate {
        private var waiter: CheckedContinuation<Void, Never>?
        private var entered: CheckedContinuation<Void, Never>?
        private var isInside = false
        func enterAndWait() async {
            isInside = true
            entered?.resume()
            await withCheckedContinuation { waiter = $0 }
        }
        func waitUntilInside() async {
            if isInside { return }
            await withCheckedContinuation { entered = $0 }
        }
        func open() { waiter?.resume() }
    }

    actor Log {
        var actions: [String] = []
        func add(_ action: String) { actions.append(action) }
    }

    static let end = CustomIDSchema("run", "end", [.snowflake])
    static let cancel = CustomIDSchema("run", "cancel", [.snowflake])

    @Test func endAndCancelPressedTogetherRunOneAtATime() async throws {
        let gate = Gate()
        let log = Log()
        let lifecycle: @Sendable (CustomID) throws -> ButtonLockKey = { .runLifecycle(try $0.integer(0)) }
        var routes = InteractionRoutes()
        routes.component(ComponentRoute(Self.end, lock: lifecycle, action: .deferred(.update) { _ in
            await log.add("end")
            await gate.enterAndWait()
        }))
        routes.component(ComponentRoute(Self.cancel, lock: lifecycle, action: .deferred(.update) { _ in
            await log.add("cancel")
        }))
        let responder = RecordingResponder()
        let router = Fixture.router(CommandCatalog([]), routes, responder: responder, sink: MemorySink())
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await router.handle(Fixture.click("v1:run:end:5", by: Fixture.member(1), id: 21)) }
            await gate.waitUntilInside()
            await router.handle(Fixture.click("v1:run:cancel:5", by: Fixture.member(2), id: 22))
            #expect(await responder.lastText == BotErrorCode.actionInProgress.friendlyMessage)
            await router.handle(Fixture.click("v1:run:cancel:6", by: Fixture.member(2), id: 23))
            await gate.open()
        }
        #expect(await log.actions == ["end", "cancel"])
        #expect(await router.buttonLock.heldCount == 0)
        await router.handle(Fixture.click("v1:run:cancel:5", by: Fixture.member(2), id: 24))
        #expect(await log.actions == ["end", "cancel", "cancel"])
    }
}
