import RaidDomain
import Storage
import Testing
import TestSupport
@testable import PartiesFeature
import FeatureKit

@Suite struct PartyStoreTests {
    typealias F = PartyFixture

    @Test func aMemberHasOneOpenPartyUntilItCloses() async throws {
        let db = try TemporaryDatabase()
        let store = F.store(db)
        let first = try await store.create(try F.post(), ownerUsername: "alice", channelID: 5).expectPartySuccess()
        #expect(first.isOpen && first.warningsSent == 0 && first.post.dungeons.map(\.code) == ["SHATTERS"])
        let again = try await store.create(try F.post(at: F.at(minutes: 1)), ownerUsername: "alice", channelID: 5)
        #expect(again.partyFailure == .rule(.alreadyHasParty))
        let other = try await store.create(try F.post(owner: F.other, at: F.at(minutes: 1)), ownerUsername: "bob", channelID: 5)
        #expect(other.partyFailure == nil)
        _ = try await store.close(first.id, by: F.owner, isModerator: false, now: F.at(minutes: 2)).expectPartySuccess()
        let third = try await store.create(try F.post(at: F.at(minutes: 3)), ownerUsername: "alice", channelID: 5)
        #expect(third.partyFailure == nil)
        #expect(try await db.count("SELECT COUNT(*) FROM party_dungeon") == 3)
        await db.remove()
    }

    @Test func threePostsPerRollingThirtyMinutesCountedFromTheTable() async throws {
        let db = try TemporaryDatabase()
        let store = F.store(db)
        for minute: Int64 in [0, 1, 2] {
            let party = try await store.create(try F.post(at: F.at(minutes: minute)), ownerUsername: "alice", channelID: 5)
                .expectPartySuccess()
            _ = try await store.close(party.id, by: F.owner, isModerator: false, now: F.at(minutes: minute))
                .expectPartySuccess()
        }
        let fourth = try await store.create(try F.post(at: F.at(minutes: 29)), ownerUsername: "alice", channelID: 5)
        #expect(fourth.partyFailure == .rule(.tooManyParties(nextAllowedAt: F.at(minutes: 30))))
        #expect(try await db.count("SELECT COUNT(*) FROM party") == 3)
        let later = try await store.create(try F.post(at: F.at(minutes: 30)), ownerUsername: "alice", channelID: 5)
        #expect(later.partyFailure == nil)
        await db.remove()
    }

    @Test func closeByTheOwnerOrAModeratorAndNobodyElseAuditedOnce() async throws {
        let db = try TemporaryDatabase()
        let store = F.store(db)
        let mine = try await store.create(try F.post(), ownerUsername: "alice", channelID: 5).expectPartySuccess()
        let refused = try await store.close(mine.id, by: F.other, isModerator: false, now: F.at(minutes: 1))
        #expect(refused.partyFailure == .notAllowedToClose)
        let byModerator = try await store.close(mine.id, by: F.other, isModerator: true, now: F.at(minutes: 1))
            .expectPartySuccess()
        #expect(byModerator.closeReason == .moderator && !byModerator.isOpen)
        #expect(try await store.close(mine.id, by: F.owner, isModerator: false, now: F.at(minutes: 2)).partyFailure == .notOpen)
        #expect(try await store.extend(mine.id, by: F.owner, now: F.at(minutes: 2)).partyFailure == .notOpen)
        let next = try await store.create(try F.post(at: F.at(minutes: 3)), ownerUsername: "alice", channelID: 5)
            .expectPartySuccess()
        #expect(try await store.close(next.id, by: F.owner, isModerator: false, now: F.at(minutes: 4))
            .expectPartySuccess().closeReason == .owner)
        #expect(try await store.close(999, by: F.owner, isModerator: true, now: F.at(minutes: 4)).partyFailure == .notOpen)
        #expect(try await db.count("SELECT COUNT(*) FROM audit WHERE action = 'party.closed'") == 2)
        #expect(try await db.count("""
            SELECT COUNT(*) FROM party WHERE status = 'closed' AND close_reason = 'moderator' AND closed_at IS NOT NULL
            """) == 1)
        await db.remove()
    }

    @Test func extendIsForTheOwnerAndReArmsTheWarnings() async throws {
        let db = try TemporaryDatabase()
        let store = F.store(db)
        let party = try await store.create(try F.post(), ownerUsername: "alice", channelID: 5).expectPartySuccess()
        let warned = try #require(try await store.advanceTimer(party.id, now: F.at(minutes: 111)))
        #expect(warned.0 == .warn(minutesLeft: 10, warningsSent: 1))
        #expect(try await store.advanceTimer(party.id, now: F.at(minutes: 112)) == nil) // once only
        #expect(try await store.extend(party.id, by: F.other, now: F.at(minutes: 112)).partyFailure
            == .rule(.onlyOwnerExtends))
        let extended = try await store.extend(party.id, by: F.owner, now: F.at(minutes: 112)).expectPartySuccess()
        #expect(extended.post.expiresAt == F.at(minutes: 180) && extended.warningsSent == 0)
        #expect(try await store.party(party.id)?.warningsSent == 0)
        #expect(try await store.advanceTimer(party.id, now: F.at(minutes: 121)) == nil) // the old expiry passed quietly
        #expect(try await store.advanceTimer(party.id, now: F.at(minutes: 170))?.0 == .warn(minutesLeft: 10, warningsSent: 1))
        #expect(try await db.count("SELECT COUNT(*) FROM audit WHERE action = 'party.extended' AND actor_id = 41") == 1)
        await db.remove()
    }

    @Test func theTimerFindsOnlyPartiesDueAndClosesExpiredOnesWithoutAnActor() async throws {
        let db = try TemporaryDatabase()
        let store = F.store(db)
        let early = try await store.create(try F.post(), ownerUsername: "alice", channelID: 5).expectPartySuccess()
        let late = try await store.create(try F.post(owner: F.other, at: F.at(minutes: 30)), ownerUsername: "bob",
                                          channelID: 5).expectPartySuccess()
        #expect(try await store.partiesDue(at: F.at(minutes: 109)) == [])
        #expect(try await store.partiesDue(at: F.at(minutes: 110)) == [early.id])
        #expect(try await store.partiesDue(at: F.at(minutes: 140)) == [early.id, late.id])
        let closed = try #require(try await store.advanceTimer(early.id, now: F.at(minutes: 120)))
        #expect(closed.0 == .close && closed.1.closeReason == .expired)
        #expect(try await store.partiesDue(at: F.at(minutes: 140)) == [late.id])
        #expect(try await db.count("""
            SELECT COUNT(*) FROM audit WHERE action = 'party.closed' AND actor_id IS NULL AND json_extract(meta, '$.reason') = 'expired'
            """) == 1)
        await db.remove()
    }

    @Test(arguments: [
        (PartyQueries.openDueBy, 2, "idx_party_open_expires"),
        (PartyQueries.openPartyOfOwner, 2, "uq_party_open_owner"),
        (PartyQueries.recentCreations, 3, "idx_party_owner_created"),
    ])
    func eachHotPartyQueryUsesItsIndex(sql: String, parameters: Int, index: String) async throws {
        let db = try TemporaryDatabase()
        let plan = try await db.database.read { connection in
            try connection.fetchAll("EXPLAIN QUERY PLAN " + sql, arguments: (1...parameters).map { Int64($0).databaseValue }) {
                try $0.get(3, as: String.self)
            }
        }
        #expect(plan.contains { $0.contains(index) }, "plan: \(plan)")
        await db.remove()
    }

    @Test func aPostDiscordRefusedIsForgottenAndNeitherBlocksNorCounts() async throws {
        let db = try TemporaryDatabase()
        let store = F.store(db)
        let party = try await store.create(try F.post(), ownerUsername: "alice", channelID: 5).expectPartySuccess()
        try await store.discardUnposted(party.id)
        #expect(try await store.party(party.id) == nil)
        #expect(try await store.create(try F.post(), ownerUsername: "alice", channelID: 5).partyFailure == nil)
        await db.remove()
    }
}
