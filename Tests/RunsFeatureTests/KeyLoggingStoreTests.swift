import BotKit
import RaidDomain
import Storage
import Testing
import TestSupport
@testable import RunsFeature
import FeatureKit

/// The post-run key-logging session on a real SQLite file (§2.3).
@Suite struct KeyLoggingStoreTests {
    /// An open Void run (two key types: two slots) whose organizer offered both keys.
    static func runWithKeys(_ db: RunsTestDatabase) async throws -> RunState {
        let record = try await db.store.create(RunsFixture.draft("THE_VOID", party: "p", location: "l"), guildName: "g",
                                               organizerUsername: "alice", channelID: 5, now: RunsFixture.start).expectSuccess()
        for key in record.state.dungeon.keyReactions {
            _ = try await db.store.perform(record.id, member: RunsFixture.organizer, username: "alice", now: RunsFixture.start) {
                .toggleKey($0, key)
            }.expectSuccess()
        }
        return record.state
    }

    @Test func logsUntilNothingRemainsThenRefuses() async throws {
        let db = try RunsTestDatabase()
        let run = try await Self.runWithKeys(db)
        let store = KeyLoggingStore(database: db.database, guildID: RunsTestDatabase.guildID)
        try await store.open(run, openedBy: RunsFixture.organizer, now: RunsFixture.start)
        try await store.open(run, openedBy: RunsFixture.organizer, now: RunsFixture.start) // idempotent
        let opened = try #require(try await store.panel(run.id))
        #expect(opened.session.remaining == 2)
        #expect(opened.candidates == [.init(member: RunsFixture.organizer, name: "alice")])

        await #expect(throws: BotKitError.self) {
            _ = try await store.log(run.id, member: MemberID(7), username: nil, count: 3, by: RunsFixture.organizer,
                                    now: RunsFixture.at(seconds: 1))
        }
        let afterTwo = try await store.log(run.id, member: MemberID(7), username: "gus", count: 2, by: RunsFixture.organizer,
                                           now: RunsFixture.at(seconds: 2))
        #expect(!afterTwo.isOpen && afterTwo.status == "completed" && afterTwo.lines.count == 1)
        #expect(try await db.count("SELECT points FROM quota_event WHERE subject_id LIKE 'key_pop:%:7:2'") == 1000)
        await #expect(throws: BotKitError.self) {
            _ = try await store.log(run.id, member: MemberID(7), username: nil, count: 1, by: RunsFixture.organizer,
                                    now: RunsFixture.at(seconds: 3))
        }
        #expect(try await db.count("SELECT COUNT(*) FROM key_logging_entry") == 1)
        await db.close()
    }

    @Test func cancelledSessionKeepsWhatWasLoggedAndRefusesMore() async throws {
        let db = try RunsTestDatabase()
        let run = try await Self.runWithKeys(db)
        let store = KeyLoggingStore(database: db.database, guildID: RunsTestDatabase.guildID)
        try await store.open(run, openedBy: RunsFixture.organizer, now: RunsFixture.start)
        _ = try await store.log(run.id, member: MemberID(7), username: nil, count: 1, by: RunsFixture.organizer,
                                now: RunsFixture.at(seconds: 1))
        try await store.cancel(run.id, now: RunsFixture.at(seconds: 2))
        let panel = try #require(try await store.panel(run.id))
        #expect(panel.status == "cancelled" && panel.session.remaining == 1)
        await #expect(throws: BotKitError.self) {
            _ = try await store.log(run.id, member: MemberID(8), username: nil, count: 1, by: RunsFixture.organizer,
                                    now: RunsFixture.at(seconds: 3))
        }
        #expect(try await db.count("SELECT SUM(count) FROM key_pop") == 1)
        await db.close()
    }

    @Test func findsMembersByIdMentionOrKnownUsername() async throws {
        let db = try RunsTestDatabase()
        _ = try await Self.runWithKeys(db)
        let store = KeyLoggingStore(database: db.database, guildID: RunsTestDatabase.guildID)
        #expect(try await store.findMember("<@!1>")?.name == "alice")
        #expect(try await store.findMember(" ALICE ")?.member == RunsFixture.organizer)
        #expect(try await store.findMember("123")?.name == "User 123")
        #expect(try await store.findMember("nobody") == nil)
        await db.close()
    }
}
