import DiscordSandbox
import Testing

@Suite("AwaitableLog")
struct AwaitableLogTests {
    @Test("first(matching:) returns a past entry at once and waits for a future one")
    func firstReturnsPastOrWaits() async throws {
        let log = AwaitableLog<Int>(defaultTimeout: .seconds(5))
        await log.append(1)
        #expect(try await log.first { $0 == 1 } == 1)
        try await withThrowingTaskGroup(of: Int.self) { group throws in
            group.addTask { try await log.first { $0 > 5 } }
            await log.append(3)
            await log.append(7)
            let value = try await group.next()
            #expect(value == 7)
        }
    }

    @Test("occurrence asks for the n-th match, counting past and future entries")
    func occurrenceCountsAcrossPastAndFuture() async throws {
        let log = AwaitableLog<Int>(defaultTimeout: .seconds(5))
        await log.append(10)
        try await withThrowingTaskGroup(of: Int.self) { group throws in
            group.addTask { try await log.first(occurrence: 2) { $0 >= 10 } }
            await log.append(11)
            await log.append(12)
            let value = try await group.next()
            #expect(value == 12)
        }
    }

    @Test("A wait with nothing matching throws SandboxError.timeout")
    func waitTimesOut() async throws {
        let log = AwaitableLog<Int>(defaultTimeout: .milliseconds(50))
        await #expect(throws: SandboxError.self) { try await log.next { $0 == 1 } }
        await log.append(1)
        #expect(await log.count == 1)
    }
}
