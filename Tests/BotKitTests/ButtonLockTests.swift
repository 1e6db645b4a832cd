import TestSupport
import DiscordModels
import Testing
@testable import BotKit
import CivilTime

@Suite struct ButtonLockTests {
    @Test func endAndCancelShareOneKey() async {
        let lock = ButtonLock(clock: ManualBotClock())
        let ending = await lock.acquire(.runLifecycle(7), for: 1)
        #expect(ending != nil)
        #expect(await lock.acquire(.runLifecycle(7), for: 2) == nil)
        #expect(await lock.acquire(.runLifecycle(8), for: 2) != nil)
    }

    @Test func aStaleLockIsTakenOverAndTheOldTicketReleasesNothing() async throws {
        let clock = ManualBotClock()
        let lock = ButtonLock(clock: clock)
        let first = try #require(await lock.acquire(.runKeyPop(1), for: 1))
        clock.advance(by: .seconds(30))
        let second = try #require(await lock.acquire(.runKeyPop(1), for: 2))
        await lock.release(first)
        #expect(await lock.isHeld(.runKeyPop(1)))
        await lock.release(second)
        #expect(await lock.isHeld(.runKeyPop(1)) == false)
    }

    @Test func withLockReleasesAfterSuccessAndFailure() async throws {
        let lock = ButtonLock(clock: ManualBotClock())
        let value = try await lock.withLock(.runLifecycle(1), for: 1) { 5 }
        #expect(value == 5)
        await #expect(throws: BotKitError.self) {
            try await lock.withLock(.runLifecycle(1), for: 1) { throw BotKitError(.conflict) }
        }
        #expect(await lock.heldCount == 0)
    }

    @Test func withLockRefusesWhileHeld() async throws {
        let lock = ButtonLock(clock: ManualBotClock())
        _ = try #require(await lock.acquire(.runLifecycle(3), for: 1))
        do {
            _ = try await lock.withLock(.runLifecycle(3), for: 2) { 1 }
            Issue.record("second holder got the lock")
        } catch let error as BotKitError {
            #expect(error.code == .actionInProgress)
        }
    }
}
