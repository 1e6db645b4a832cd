import BotKit
import Storage
import Testing
import TestSupport
import VerificationFeature

/// The Expired Verification Sessions task: both kinds of session, counted truly (defect 26).
@Suite(.serialized) struct ExpiredSessionsTaskTests {
    @Test func bothKindsExpireAndTheRunCountsOnlyRowsItChanged() async throws {
        let db = try TemporaryDatabase(prefix: "verification-expiry")
        defer { Task { await db.remove() } }
        let now: Int64 = 1_800_000_000_000
        try await db.database.write { connection in
            try connection.execute("INSERT INTO guild (id, name, created_at) VALUES (1, 'g', 0)")
            let insert = "INSERT INTO verification_session (guild_id, user_id, status, created_at, updated_at, expires_at) VALUES (1, ?1, ?2, 0, 0, ?3)"
            try connection.execute(insert, 10, "pending_ign", now - 1)         // expires
            try connection.execute(insert, 11, "pending_realmeye", now - 60_000) // expires
            try connection.execute(insert, 12, "pending_realmeye", now + 60_000) // still running
            try connection.execute(insert, 13, "pending_review", now - 1)      // review is exempt
            try connection.execute(insert, 14, "verified", now - 1)            // already final
            try connection.execute("""
                INSERT INTO custom_role_verification (id, guild_id, role_id, role_channel_id, verification_channel_id, instructions,
                    created_by_user_id, created_at) VALUES (1, 1, 99, 5, 6, 'Show your vault', 1, 0)
                """)
            let custom = """
                INSERT INTO custom_role_verification_session (guild_id, user_id, role_verification_id, status, created_at, updated_at, expires_at)
                VALUES (1, ?1, 1, ?2, 0, 0, ?3)
                """
            try connection.execute(custom, 20, "pending_screenshot", now - 1) // expires
            try connection.execute(custom, 21, "pending_review", now - 1)     // expires (custom review lapses too)
            try connection.execute(custom, 22, "approved", now - 1)           // final
        }
        let store = VerificationSessionStore(database: db.database)
        #expect(try await store.expire(now: now) == ExpiredSessionCounts(verification: 2, customRole: 2))
        #expect(try await store.expire(now: now) == ExpiredSessionCounts(verification: 0, customRole: 0))
        #expect(try await db.count("SELECT count(*) FROM verification_session WHERE status = 'expired'") == 2)
        #expect(try await db.count("SELECT count(*) FROM verification_session WHERE user_id = 13 AND status = 'pending_review'") == 1)
        #expect(try await db.count("SELECT count(*) FROM custom_role_verification_session WHERE status = 'expired'") == 2)
    }

    @Test func aSessionExpiresAcrossARestartAndItsDMStepNoLongerContinues() async throws {
        try await VerificationStage.with { stage in
            let nia = try await stage.member("newcomer_nia")
            await stage.press(VerificationIDsWire.getVerified, as: nia, in: try await stage.channel("verification"))
            await stage.press(try #require(stage.buttons(in: await stage.directMessages(to: nia.id).last)["RealmEye"]), as: nia)
            let later = try await stage.restarted()
            later.clock.advance(by: .seconds(3600))
            let task = try #require(later.feature.tasks.first)
            #expect(try await task.body() == TaskRunCounts(succeeded: 1))
            #expect(try await later.session(of: nia.id)?.status == "expired")
            // The IGN step's 5-minute DM wait lapsed too: a late DM continues nothing.
            #expect(try await later.dm("NiaRealm", from: nia) == .noConversation)
            #expect(try await later.session(of: nia.id)?.code == nil)
            later.rest.shutdown()
            later.transport.shutdown()
        }
    }

    @Test func theTaskRunsEveryFiveMinutesAndReportsTheCount() async throws {
        try await VerificationStage.with { stage in
            let nia = try await stage.member("newcomer_nia")
            _ = try await stage.startRealmEye(nia, ign: "NiaRealm")
            let task = try #require(stage.feature.tasks.first { $0.name == "Expired Verification Sessions" })
            #expect(task.interval == .seconds(300))
            #expect(try await task.body() == TaskRunCounts(succeeded: 0))
            stage.clock.advance(by: .seconds(3600))
            #expect(try await task.body() == TaskRunCounts(succeeded: 1))
            #expect(try await stage.session(of: nia.id)?.status == "expired")
            await stage.press(try #require(stage.buttons(in: await stage.directMessages(to: nia.id).last)["Done"]), as: nia)
            #expect(await stage.lastAnswer().contains("expired or ended"))
        }
    }
}
