import RaidDomain
import Storage
import Testing
import TestSupport
@testable import RunsFeature
import FeatureKit

@Suite struct RunStoreTests {
    typealias F = RunsFixture

    @Test func secondRunOfTheSameOrganizerIsRefusedUntilItsMessageIsGone() async throws {
        let db = try RunsTestDatabase()
        let store = db.store
        let first = try await store.create(F.draft(), guildName: "g", organizerUsername: "alice", channelID: 5,
                                           now: F.start).expectSuccess()
        try await store.attachPost(first.id, messageID: 777)
        let refused = try await store.create(F.draft(), guildName: "g", organizerUsername: "alice", channelID: 5,
                                             now: F.at(seconds: 120))
        guard case .organizerAlreadyActive? = refused.failure() else { Issue.record("wrong refusal"); return }
        let second = try await store.create(F.draft(), guildName: "g", organizerUsername: "alice", channelID: 5,
                                            deletedMessages: [777], now: F.at(seconds: 180)).expectSuccess()
        #expect(second.id != first.id)
        #expect(try await store.run(first.id)?.state.ending == .cancelled)
        #expect(try await store.runWithTally(second.id)?.1.joined == 1) // the organizer auto-joins
        await db.close()
    }

    @Test func keyPopsAwardEachSnapshotOnceAndTheOrganizerFromTheirOwnRoles() async throws {
        let db = try RunsTestDatabase()
        try await db.configureQuota(role: F.staffRole.rawValue, hundredths: 250, at: F.start)
        let store = db.store
        let run = try await store.create(F.draft(party: "p", location: "USW"), guildName: "g",
                                         organizerUsername: "alice", channelID: 5, now: F.start).expectSuccess()
        for user in 100..<130 {
            _ = try await store.perform(run.id, member: MemberID(UInt64(user)), now: F.at(seconds: 1)) { .join($0) }
                .expectSuccess()
        }
        for user in 100..<112 {
            _ = try await store.perform(run.id, member: MemberID(UInt64(user)), now: F.at(seconds: 2)) {
                .chooseClass($0, .priest)
            }.expectSuccess()
        }
        for user in 130..<133 {
            _ = try await store.perform(run.id, member: MemberID(UInt64(user)), now: F.at(seconds: 3)) {
                .toggleKey($0, "SNAKE_PIT_KEY")
            }.expectSuccess()
        }
        let roles = OrganizerRoles(roles: [F.staffRole])
        let started = try await store.perform(run.id, member: F.organizer, now: F.at(seconds: 10)) {
            _ in .start(by: F.actor)
        }.expectSuccess()
        #expect(started.tally.joined == 31)
        #expect(started.tally.classes[.priest] == 12)
        #expect(started.tally.keyCount("SNAKE_PIT_KEY") == 3)
        let pop1 = try await store.perform(run.id, member: F.organizer, organizerRoles: roles, now: F.at(seconds: 20)) {
            _ in .popKey(by: F.actor)
        }.expectSuccess()
        #expect(pop1.awardsWritten == 0)
        for user in 130..<132 { // two key holders join between pops
            _ = try await store.perform(run.id, member: MemberID(UInt64(user)), now: F.at(seconds: 30)) { .join($0) }
                .expectSuccess()
        }
        let pop2 = try await store.perform(run.id, member: F.organizer, organizerRoles: roles, now: F.at(seconds: 40)) {
            _ in .popKey(by: F.actor)
        }.expectSuccess()
        #expect(pop2.awardsWritten == 31 + 1)
        // A member leaving after pop 2 keeps the credit of snapshot 2.
        _ = try await store.perform(run.id, member: MemberID(100), now: F.at(seconds: 41)) { .leave($0) }.expectSuccess()
        let end = try await store.perform(run.id, member: F.organizer, organizerRoles: roles, now: F.at(seconds: 50)) {
            _ in .end(by: F.actor)
        }.expectSuccess()
        #expect(end.awardsWritten == 33 + 1)
        let subjects = try await db.subjects()
        #expect(subjects.filter { $0.hasPrefix("raider:\(run.id):1:") }.count == 31)
        #expect(subjects.filter { $0.hasPrefix("raider:\(run.id):2:") }.count == 33)
        #expect(subjects.contains("raider:\(run.id):2:100"))
        #expect(subjects.contains("run:\(run.id):keypop:1") && subjects.contains("run:\(run.id):keypop:2"))
        #expect(try await db.count("SELECT SUM(quota_points) FROM quota_event WHERE actor_user_id = 1") == 500)
        #expect(try await db.count("SELECT COUNT(*) FROM quota_event WHERE quota_role_id = 900") == 2)
        #expect(try await db.count("SELECT COUNT(*) FROM key_pop_snapshot WHERE awarded_completion = 0") == 0)
        await db.close()
    }

    @Test func awardingASnapshotAgainWritesNothing() async throws {
        let db = try RunsTestDatabase()
        let store = db.store
        let run = try await store.create(F.draft(party: "p", location: "l"), guildName: "g", organizerUsername: nil,
                                         channelID: nil, now: F.start).expectSuccess()
        _ = try await store.perform(run.id, member: F.organizer, now: F.at(seconds: 1)) { _ in .start(by: F.actor) }
        _ = try await store.perform(run.id, member: F.organizer, now: F.at(seconds: 2)) { _ in .popKey(by: F.actor) }
        let state = try #require(try await store.run(run.id)).state
        let repeated = try await db.database.write { connection in
            let writer = RunEffectWriter(connection: connection, guildID: RunsTestDatabase.guildID, run: state,
                                         organizerRoles: .none, now: F.at(seconds: 3))
            let first = try writer.apply([.awardSnapshot(keyPop: 1)])
            try connection.execute("UPDATE key_pop_snapshot SET awarded_completion = 0, awarded_at = NULL")
            return (first, try writer.apply([.awardSnapshot(keyPop: 1), .awardJoinedRaiders, .awardJoinedRaiders]))
        }
        #expect(repeated.0 == 1)
        #expect(repeated.1 == 1) // only the run-without-pops subject is new; the snapshot one is not
        await db.close()
    }

    @Test func endWithoutKeyPopsCreditsJoinedRaidersAndOrganizer() async throws {
        let db = try RunsTestDatabase()
        try await db.configureQuota(role: F.staffRole.rawValue, hundredths: 100, at: F.start)
        let store = db.store
        let run = try await store.create(F.draft(party: "p", location: "l"), guildName: "g", organizerUsername: nil,
                                         channelID: nil, now: F.start).expectSuccess()
        _ = try await store.perform(run.id, member: MemberID(200), now: F.at(seconds: 1)) { .join($0) }
        _ = try await store.perform(run.id, member: F.organizer, now: F.at(seconds: 2)) { _ in .start(by: F.actor) }
        // Staff pressing End: the organizer is still credited from the organizer's roles.
        let staff = RunActor(member: MemberID(300), isStaff: true)
        let end = try await store.perform(run.id, member: staff.member, organizerRoles: OrganizerRoles(roles: [F.staffRole]),
                                          now: F.at(seconds: 3)) { _ in .end(by: staff) }.expectSuccess()
        #expect(end.record.state.ending == .completed)
        #expect(try await db.subjects() == ["raider:\(run.id):1", "raider:\(run.id):200", "run:\(run.id)"])
        await db.close()
    }

    @Test func lockedSuspendedAndEndedRunsRefuseJoins() async throws {
        let db = try RunsTestDatabase()
        let store = db.store
        let run = try await store.create(F.draft(), guildName: "g", organizerUsername: nil, channelID: nil,
                                         now: F.start).expectSuccess()
        try await db.suspend(400, until: F.at(seconds: 3600))
        #expect(try await store.perform(run.id, member: MemberID(400), now: F.at(seconds: 1)) { .join($0) }
            .failure() == .suspended)
        #expect(try await store.perform(run.id, member: MemberID(401), hasSuspendedRole: true, now: F.at(seconds: 1)) {
            .join($0)
        }.failure() == .suspended)
        _ = try await store.perform(run.id, member: F.organizer, now: F.at(seconds: 2)) { _ in .setJoinLock(true, by: F.actor) }
        #expect(try await store.perform(run.id, member: MemberID(402), now: F.at(seconds: 3)) { .join($0) }
            .failure() == .joinLocked)
        _ = try await store.perform(run.id, member: F.organizer, now: F.at(seconds: 4)) { _ in .cancel(by: F.actor) }
        #expect(try await store.perform(run.id, member: MemberID(403), now: F.at(seconds: 5)) { .join($0) }
            .failure() == .runEnded)
        #expect(try await db.count("SELECT COUNT(*) FROM reaction WHERE user_id >= 400") == 0)
        #expect(try await db.count("SELECT COUNT(*) FROM quota_event") == 0)
        await db.close()
    }

    @Test func expiredLiveRunAutoEndsWithOrganizerQuota() async throws {
        let db = try RunsTestDatabase()
        try await db.configureQuota(role: F.staffRole.rawValue, hundredths: 100, at: F.start)
        let store = db.store
        let run = try await store.create(F.draft(party: "p", location: "l"), guildName: "g", organizerUsername: nil,
                                         channelID: nil, now: F.start).expectSuccess()
        _ = try await store.perform(run.id, member: F.organizer, now: F.at(seconds: 1)) { _ in .start(by: F.actor) }
        #expect(try await store.expiredRuns(at: F.at(seconds: 60)).isEmpty)
        let late = F.at(seconds: 121 * 60)
        #expect(try await store.expiredRuns(at: late) == [run.id])
        let ended = try await store.perform(run.id, member: F.organizer, organizerRoles: OrganizerRoles(roles: [F.staffRole]),
                                            now: late) { _ in .autoEnd }.expectSuccess()
        #expect(ended.record.state.ending == .autoEnded)
        #expect(try await db.subjects().contains("run:\(run.id)"))
        #expect(try await store.expiredRuns(at: late).isEmpty)
        await db.close()
    }
}

@Suite struct RunRoleStoreTests {
    typealias F = RunsFixture

    @Test func onlyBotCreatedRolesOfOverRunsAreOrphans() async throws {
        let db = try RunsTestDatabase()
        let store = db.store
        let active = try await store.create(F.draft(), guildName: "g", organizerUsername: nil, channelID: nil,
                                            now: F.start).expectSuccess()
        let other = try await store.create(F.draft(organizer: MemberID(2)), guildName: "g", organizerUsername: nil,
                                           channelID: nil, now: F.start).expectSuccess()
        try await store.attachRole(active.id, roleID: 501, now: F.start)
        try await store.attachRole(other.id, roleID: 502, now: F.start)
        try await store.recordCreatedRole(503, now: F.start) // created, run never made
        try await store.recordCreatedRole(504, now: F.at(seconds: 3000)) // too young to judge
        _ = try await store.perform(other.id, member: MemberID(2), now: F.at(seconds: 10)) {
            _ in .cancel(by: RunActor(member: MemberID(2), isStaff: false))
        }
        let cutoff = F.at(seconds: 1000)
        #expect(Set(try await store.orphanedRoles(createdBefore: cutoff)) == [502, 503])
        try await store.markRoleDeleted(502, now: F.at(seconds: 20))
        #expect(try await store.orphanedRoles(createdBefore: cutoff) == [503])
        #expect(try await store.run(active.id)?.roleID == 501)
        await db.close()
    }
}

@Suite struct KeyReactorNoticeTests {
    typealias F = RunsFixture

    @Test func eachKeyReactorIsToldOncePerPartyAndLocationAndAChangeIsAnUpdate() async throws {
        let db = try RunsTestDatabase()
        let store = db.store
        let run = try await store.create(F.draft(), guildName: "g", organizerUsername: nil, channelID: nil,
                                         now: F.start).expectSuccess()
        let members = [MemberID(7), MemberID(8)]
        let first = try await store.claimKeyReactorNotices(run.id, members: members, party: "p", location: "l", now: F.start)
        #expect(first.map(\.member) == members && first.allSatisfy { !$0.isUpdate })
        #expect(try await store.claimKeyReactorNotices(run.id, members: members, party: "p", location: "l",
                                                       now: F.at(seconds: 1)).isEmpty)
        let moved = try await store.claimKeyReactorNotices(run.id, members: [MemberID(8)], party: "p", location: "EU",
                                                           now: F.at(seconds: 2))
        #expect(moved.map(\.member) == [MemberID(8)] && moved.allSatisfy(\.isUpdate))
        await db.close()
    }
}
