import DiscordModels
import RaidDomain
import Storage
import Testing
import TestSupport
@testable import RunsFeature
import FeatureKit

/// A run command marks its interaction handled in its own transaction, so a re-delivery after a
/// crash between the commit and the router's receipt is not a second key pop or key toggle.
@Suite struct RunStoreReceiptTests {
    typealias F = RunsFixture

    static func receipt(_ db: RunsTestDatabase, _ id: Snowflake) async throws -> Bool? {
        try await db.database.read { try $0.fetchValue(
            "SELECT completed_at IS NOT NULL FROM interaction_receipt WHERE interaction_id = ?1", id, as: Bool.self) }
    }

    @Test func aCommandThatHappenedMarksItsInteractionCompletedInTheSameTransaction() async throws {
        let db = try RunsTestDatabase()
        let run = try await db.store.create(F.draft(), guildName: "g", organizerUsername: "alice", channelID: 5,
                                            now: F.start).expectSuccess()
        _ = try await db.store.perform(run.id, member: MemberID(100), now: F.at(seconds: 1), completing: 4242) {
            .join($0)
        }.expectSuccess()
        #expect(try await Self.receipt(db, 4242) == true)
        await db.close()
    }

    @Test func aRefusedCommandWritesNoReceipt() async throws {
        let db = try RunsTestDatabase()
        let run = try await db.store.create(F.draft(), guildName: "g", organizerUsername: "alice", channelID: 5,
                                            now: F.start).expectSuccess()
        let refused = try await db.store.perform(run.id, member: MemberID(100), now: F.at(seconds: 1),
                                                 completing: 4343) { .leave($0) }
        #expect(refused.failure() == .notJoined)
        #expect(try await Self.receipt(db, 4343) == nil)
        await db.close()
    }
}
