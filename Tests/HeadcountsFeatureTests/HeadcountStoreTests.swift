import RaidDomain
import Storage
import Testing
import TestSupport
@testable import HeadcountsFeature
import FeatureKit
import RunsFeature

/// The headcount store on a real SQLite file: toggles, end, conversion and the one-activity rule.
@Suite struct HeadcountStoreTests {
    typealias F = RunsFixture

    static func dungeons(_ codes: [DungeonCode]) -> [Dungeon] { codes.compactMap(Dungeon.named) }

    static func headcountStore(_ db: RunsTestDatabase) -> HeadcountStore {
        HeadcountStore(database: db.database, guildID: RunsTestDatabase.guildID)
    }

    /// Given an active headcount of the organizer polling `codes`, posted as message `message`.
    static func posted(_ db: RunsTestDatabase, _ codes: [DungeonCode] = ["NEST", "SHATTERS"], message: UInt64 = 555,
                       now: Timestamp = F.start) async throws -> HeadcountRecord {
        let store = headcountStore(db)
        let record = try await store.create(organizer: F.organizer, username: "alice", dungeons: dungeons(codes),
                                            channelID: 5, now: now).expectSuccess()
        try await store.attachMessage(record.id, messageID: message)
        return record
    }

    @Test func joinAndKeysToggleAndTheOrganizerIsAutoJoined() async throws {
        let db = try RunsTestDatabase()
        let store = Self.headcountStore(db)
        let headcount = try await Self.posted(db)
        let raider = MemberID(42)
        let joined = try await store.perform(headcount.id, member: raider, now: F.at(seconds: 1)) { .toggleJoin($0) }
            .expectSuccess()
        #expect(joined.tally.participants == [F.organizer, raider])
        let offered = try await store.perform(headcount.id, member: raider, keysFor: "NEST", now: F.at(seconds: 2)) {
            .toggleKey($0, dungeon: "NEST", key: "NEST_KEY")
        }.expectSuccess()
        #expect(offered.tally.offers("NEST", "NEST_KEY") == [raider])
        let withdrawn = try await store.perform(headcount.id, member: raider, keysFor: "NEST", now: F.at(seconds: 3)) {
            .toggleKey($0, dungeon: "NEST", key: "NEST_KEY")
        }.expectSuccess()
        #expect(withdrawn.tally.offers("NEST", "NEST_KEY").isEmpty)
        let left = try await store.perform(headcount.id, member: raider, now: F.at(seconds: 4)) { .toggleJoin($0) }
            .expectSuccess()
        #expect(left.tally.participants == [F.organizer])
        let foreign = try await store.perform(headcount.id, member: raider, keysFor: "NEST", now: F.at(seconds: 5)) {
            .toggleKey($0, dungeon: "NEST", key: "SHATTERS_KEY")
        }
        #expect(foreign.failure() == .unknownKey("SHATTERS_KEY"))
        await db.close()
    }

    @Test func suspendedMembersCannotJoinOrOfferKeys() async throws {
        let db = try RunsTestDatabase()
        let store = Self.headcountStore(db)
        let headcount = try await Self.posted(db)
        try await db.suspend(77, until: F.at(seconds: 3600))
        let join = try await store.perform(headcount.id, member: MemberID(77), now: F.at(seconds: 1)) { .toggleJoin($0) }
        #expect(join.failure() == .suspended)
        #expect(try await db.count("SELECT COUNT(*) FROM headcount_participant WHERE user_id = 77") == 0)
        await db.close()
    }

    @Test func endingClosesTheHeadcountAndRefusesLaterPresses() async throws {
        let db = try RunsTestDatabase()
        let store = Self.headcountStore(db)
        let headcount = try await Self.posted(db)
        let stranger = try await store.perform(headcount.id, member: MemberID(9), now: F.at(seconds: 1)) { _ in
            .end(by: RunActor(member: MemberID(9), isStaff: false))
        }
        #expect(stranger.failure() == .notOrganizer)
        let ended = try await store.perform(headcount.id, member: F.organizer, now: F.at(seconds: 2)) { _ in
            .end(by: F.actor)
        }.expectSuccess()
        #expect(ended.record.state.status == .ended)
        #expect(try await db.count("SELECT COUNT(*) FROM headcount WHERE status = 'ended' AND ended_at IS NOT NULL") == 1)
        #expect(try await db.count("SELECT COUNT(*) FROM audit WHERE action = 'headcount.ended'") == 1)
        let late = try await store.perform(headcount.id, member: MemberID(42), now: F.at(seconds: 3)) { .toggleJoin($0) }
        #expect(late.failure() == .headcountClosed)
        await db.close()
    }

    @Test func convertingCopiesOnlyThatDungeonsKeysAsHeadcountKeysAndNotTheParticipants() async throws {
        let db = try RunsTestDatabase()
        let store = Self.headcountStore(db)
        let headcount = try await Self.posted(db)
        for user in 50..<53 {
            let member = MemberID(UInt64(user))
            _ = try await store.perform(headcount.id, member: member, now: F.at(seconds: 1)) { .toggleJoin($0) }
                .expectSuccess()
            _ = try await store.perform(headcount.id, member: member, keysFor: "SHATTERS", now: F.at(seconds: 2)) {
                .toggleKey($0, dungeon: "SHATTERS", key: "SHATTERS_KEY")
            }.expectSuccess()
        }
        _ = try await store.perform(headcount.id, member: MemberID(60), keysFor: "NEST", now: F.at(seconds: 3)) {
            .toggleKey($0, dungeon: "NEST", key: "NEST_KEY")
        }.expectSuccess()
        let staff = RunActor(member: MemberID(70), isStaff: true)
        let conversion = try await db.store.convert(headcount: headcount.id, dungeon: "SHATTERS", by: staff,
                                                    now: F.at(seconds: 10)).expectSuccess()
        #expect(conversion.run.state.organizer == F.organizer)
        #expect(conversion.run.state.dungeon.code == "SHATTERS")
        #expect(conversion.run.channelID == 5)
        #expect(conversion.tally.joined == 1) // the owner only
        #expect(conversion.tally.headcountKeys["SHATTERS_KEY"] == [MemberID(50), MemberID(51), MemberID(52)])
        #expect(conversion.tally.runKeys.isEmpty)
        #expect(try await db.count("SELECT COUNT(*) FROM key_reaction WHERE source = 'headcount'") == 3)
        #expect(try await db.count("SELECT COUNT(*) FROM key_reaction WHERE key_type = 'NEST_KEY'") == 0)
        #expect(try await db.count(
            "SELECT COUNT(*) FROM headcount WHERE status = 'converted' AND converted_run_id = \(conversion.run.id)") == 1)
        let again = try await db.store.convert(headcount: headcount.id, dungeon: "NEST", by: staff, now: F.at(seconds: 11))
        #expect(again.failure() == .headcountClosed)
        #expect(try await db.count("SELECT COUNT(*) FROM run") == 1)
        await db.close()
    }

    @Test func keylessDungeonsConvertAndUnpolledDungeonsAreRefused() async throws {
        let db = try RunsTestDatabase()
        let headcount = try await Self.posted(db, ["WOODLAND_LABYRINTH"])
        let refused = try await db.store.convert(headcount: headcount.id, dungeon: "NEST", by: F.actor, now: F.at(seconds: 1))
        #expect(refused.failure() == .unknownDungeon("NEST"))
        let run = try await db.store.convert(headcount: headcount.id, dungeon: "WOODLAND_LABYRINTH", by: F.actor,
                                             now: F.at(seconds: 2)).expectSuccess()
        #expect(run.run.state.status == .open)
        await db.close()
    }

    @Test func anActiveHeadcountBlocksARunUntilItsMessageIsGone() async throws {
        let db = try RunsTestDatabase()
        let headcount = try await Self.posted(db, message: 777)
        let refused = try await db.store.create(F.draft(), guildName: "g", organizerUsername: "alice", channelID: 5,
                                                now: F.at(seconds: 120))
        guard case .organizerAlreadyActive(.headcount)? = refused.failure() else { Issue.record("not refused"); return }
        _ = try await db.store.create(F.draft(), guildName: "g", organizerUsername: "alice", channelID: 5,
                                      deletedMessages: [777], now: F.at(seconds: 180)).expectSuccess()
        let closed = try await Self.headcountStore(db).headcountWithTally(headcount.id)?.0
        #expect(closed?.state.status == .ended)
        await db.close()
    }

    @Test func anActiveRunBlocksAHeadcountUntilItsMessageIsGone() async throws {
        let db = try RunsTestDatabase()
        let run = try await db.store.create(F.draft(), guildName: "g", organizerUsername: "alice", channelID: 5,
                                            now: F.start).expectSuccess()
        try await db.store.attachPost(run.id, messageID: 888)
        let store = Self.headcountStore(db)
        let refused = try await store.create(organizer: F.organizer, username: "alice", dungeons: Self.dungeons(["NEST"]),
                                             channelID: 5, now: F.at(seconds: 120))
        guard case .organizerAlreadyActive(.run)? = refused.failure() else { Issue.record("not refused"); return }
        let second = try await store.create(organizer: F.organizer, username: "alice", dungeons: Self.dungeons(["NEST"]),
                                            channelID: 5, deletedMessages: [888], now: F.at(seconds: 180))
        _ = try second.expectSuccess()
        #expect(try await db.store.run(run.id)?.state.ending == .cancelled)
        await db.close()
    }

    @Test func headcountsGoStaleAfterADay() async throws {
        let db = try RunsTestDatabase()
        let headcount = try await Self.posted(db)
        let store = Self.headcountStore(db)
        #expect(try await store.staleHeadcounts(at: F.at(seconds: 24 * 3600 - 1)).isEmpty)
        #expect(try await store.staleHeadcounts(at: F.at(seconds: 24 * 3600)) == [headcount.id])
        await db.close()
    }
}
