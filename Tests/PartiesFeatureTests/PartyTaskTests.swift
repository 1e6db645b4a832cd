import BotKit
import RaidDomain
import Storage
import Testing
import TestSupport
@testable import PartiesFeature
import FeatureKit

@Suite struct PartyTaskTests {
    typealias H = FeatureHarness

    /// Posts one party per owner at the harness clock's time.
    static func post(_ owners: ClosedRange<UInt64>, _ harness: H) async throws -> [PartyRecord] {
        let services = PartyServices(harness.environment)
        var records: [PartyRecord] = []
        for owner in owners {
            let post = try PartyPost.make(owner: MemberID(owner), name: "Party \(owner)", description: "d",
                                          at: services.now()).get()
            records.append(try await services.store.create(post, ownerUsername: nil, channelID: 5).get())
        }
        return records
    }

    @Test func aPostDiscordWouldNotDeleteIsTheTasksFailureTheOthersSucceedAndAllClose() async throws {
        let harness = try H.parties()
        let services = PartyServices(harness.environment)
        let records = try await Self.post(1...3, harness)
        // Only the last one has a post in Discord, and Discord is unreachable in this test.
        try await services.store.attachPost(records[2].id, messageID: 77, threadID: nil)
        harness.clock.advance(by: .seconds(120 * 60))
        let counts = try await PartyTasks.advanceTimers(services)
        #expect(counts == TaskRunCounts(succeeded: 2, failed: 1))
        #expect(try await harness.store.count("SELECT COUNT(*) FROM party WHERE close_reason = 'expired'") == 3)
        #expect(try await PartyTasks.advanceTimers(services) == TaskRunCounts())
        await harness.stop()
    }

    @Test func aTimerPassOverManyDuePartiesIsQuickAndWarnsEachOnce() async throws {
        let harness = try H.parties()
        let services = PartyServices(harness.environment)
        let records = try await Self.post(1...300, harness)
        harness.clock.advance(by: .seconds(110 * 60))
        let clock = ContinuousClock()
        var counts = TaskRunCounts()
        let elapsed = try await clock.measure { counts = try await PartyTasks.advanceTimers(services) }
        print("party timer pass: \(records.count) parties warned in \(elapsed)")
        #expect(counts == TaskRunCounts(succeeded: 300, failed: 0))
        #expect(try await harness.store.count("SELECT COUNT(*) FROM party WHERE warnings_sent = 1") == 300)
        #expect(elapsed < .seconds(5))
        await harness.stop()
    }
}
