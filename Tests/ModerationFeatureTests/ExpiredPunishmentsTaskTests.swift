import BotKit
import DiscordModels
import DiscordSandbox
import FeatureKit
import Testing
import TestSupport

/// The Expired Punishments task (§9 row 2) on virtual time: driven by the table, exactly once.
@Suite("Expired Punishments task", .timeLimit(.minutes(1)))
struct ExpiredPunishmentsTaskTests {
    static let processed = "SELECT count(*) FROM punishment WHERE active = 0 AND removed_at IS NOT NULL AND removed_by IS NULL"

    @Test("nothing happens before the expiry; after it the role goes, the row is processed and logged once")
    func liftsAfterExpiry() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            await stage.run("suspend", [Option.user(rin.id), Option.text("duration", "1h"), Option.reason()], as: security)
            #expect(try await stage.expirePass() == TaskRunCounts())
            stage.clock.advance(by: .seconds(3600))
            #expect(try await stage.expirePass() == TaskRunCounts(succeeded: 1))
            #expect(try await stage.count(Self.processed) == 1)
            await stage.drainOutbox()
            #expect(try await !stage.holds("Suspended", rin.id))
            #expect(try await stage.logPosts().map(\.embedTitle).last == "⏰ Suspension Expired")
            #expect(try await stage.expirePass() == TaskRunCounts())
            #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'punishment.expired' AND actor_id IS NULL") == 1)
        }
    }

    @Test("a restart after the expiry lifts it exactly once")
    func restartLiftsOnce() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            await stage.run("mute", [Option.user(rin.id), Option.text("duration", "10m"), Option.reason()], as: security)
            stage.clock.advance(by: .seconds(3600))
            // When the bot restarts (new services over the same file) and both processes pass
            let restarted = try await stage.restarted()
            #expect(try await restarted.expirePass() == TaskRunCounts(succeeded: 1))
            #expect(try await stage.expirePass() == TaskRunCounts())
            await restarted.drainOutbox()
            #expect(try await !stage.holds("Muted", rin.id))
            #expect(try await stage.count("SELECT count(*) FROM outbox WHERE kind = 'role_remove'") == 1)
            #expect(try await stage.logPosts().filter { $0.embedTitle == "⏰ Mute Expired" }.count == 1)
            restarted.rest.shutdown()
        }
    }

    @Test("a member who left is marked processed without a role change")
    func memberWhoLeft() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            await stage.run("suspend", [Option.user(rin.id), Option.text("duration", "1h"), Option.reason()], as: security)
            await stage.sandbox.guild.removeMember(rin.id)
            stage.clock.advance(by: .seconds(7200))
            #expect(try await stage.expirePass() == TaskRunCounts(succeeded: 1))
            #expect(try await stage.count(Self.processed) == 1)
            #expect(try await stage.count("SELECT count(*) FROM outbox WHERE kind = 'role_remove'") == 0)
        }
    }

    @Test("an expired row does not take the role a newer suspension still needs")
    func newerSuspensionKeepsRole() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            await stage.run("suspend", [Option.user(rin.id), Option.text("duration", "1h"), Option.reason("old")], as: security)
            stage.clock.advance(by: .seconds(3700))
            // The old one expired but is not processed yet; a new suspension starts fresh
            await stage.run("suspend", [Option.user(rin.id), Option.text("duration", "5h"), Option.reason("new")], as: security)
            #expect(try await stage.expirePass() == TaskRunCounts(succeeded: 1))
            await stage.drainOutbox()
            #expect(try await stage.holds("Suspended", rin.id))
        }
    }

    @Test("an unmapped role leaves the row for the next pass and counts a failure")
    func unmappedRoleRetried() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            await stage.run("mute", [Option.user(rin.id), Option.text("duration", "1m"), Option.reason()], as: security)
            try await stage.db.database.write { try $0.execute("DELETE FROM guild_role WHERE role_key = 'muted'") }
            stage.clock.advance(by: .seconds(120))
            #expect(try await stage.expirePass() == TaskRunCounts(failed: 1))
            #expect(try await stage.count("SELECT count(*) FROM punishment WHERE active = 1") == 1)
        }
    }
}
