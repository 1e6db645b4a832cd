import DiscordModels
import DiscordSandbox
import RaidDomain
import TestSupport
import Testing
@testable import FeatureKit

/// The `/configquota` panel's Update Panel (re-pricing), Reset Panel, Delete Quota and Stop.
/// One test at a time: each starts its own Discord stand-in, and dozens at once starve the
/// suite's timing-sensitive REST tests on a small machine.
@Suite("/configquota panel actions", .serialized)
struct ConfigQuotaPanelActionTests {
    /// Members whose maintained all-time quota points differ from a direct scan of the ledger.
    static func totalsDifferingFromLedger(_ stage: QuotaStage) async throws -> Int {
        try await stage.count("""
            SELECT COUNT(*) FROM (
                SELECT user_id, SUM(ledger) AS ledger, SUM(kept) AS kept FROM (
                    SELECT actor_user_id AS user_id, quota_points AS ledger, 0 AS kept FROM quota_event
                    UNION ALL SELECT user_id, 0, quota_points FROM quota_total_member
                ) GROUP BY user_id
            ) WHERE ledger <> kept
            """)
    }

    static func quotaPoints(_ stage: QuotaStage, subject pattern: String) async throws -> Int {
        try await stage.count("SELECT quota_points FROM quota_event WHERE subject_id GLOB '\(pattern)'")
    }

    @Test("Update Panel re-prices the period by the current config, a multi-run /logrun at count × value (defect 7)")
    func updatePanelReprices() async throws {
        try await QuotaStage.with { stage in
            let role = try await stage.configureQuota("Raid Leader")
            let owner = try await stage.member("guild_owner"), lee = try await stage.member("leader_lee")
            await stage.run("logrun", [Option.text("dungeon", "SHATTERS"), Option.integer("amount", 3)], as: lee)
            await stage.run("logrun", [Option.text("dungeon", "SNAKE_PIT")], as: lee)
            await stage.run("addquotapoints", [Option.number("amount", 2.5), Option.user(lee.id)], as: owner)
            let guildID = stage.sandbox.configuration.guildID.rawValue, now = stage.clock.unixMilliseconds()
            try await stage.db.database.write { connection in
                let award = OrganizerQuotaAward(roleID: RoleID(role.rawValue), points: Points(1))
                let inside = PointsLedger(connection, guildID: guildID, now: Timestamp(unixMilliseconds: now))
                let before = PointsLedger(connection, guildID: guildID, now: Timestamp(unixMilliseconds: now - 86_400_000 * 2))
                _ = try inside.creditOrganizer(MemberID(lee.id.rawValue), subject: .organizerRun(RunID(77)),
                                               dungeon: "SHATTERS", award: award)
                _ = try before.creditOrganizer(MemberID(lee.id.rawValue), subject: .organizerRun(RunID(78)),
                                               dungeon: "SHATTERS", award: award)
            }
            let buttons = try await ConfigQuotaTests.openPanel(stage)
            await stage.press(try #require(buttons["Base Points"]), as: owner)
            await stage.submit(try #require(await stage.lastModal()).customID,
                               ["base_exalt_points": "2", "base_non_exalt_points": "1.5"], as: owner)
            await stage.press(try #require(buttons["Configure Dungeons"]), as: owner)
            await stage.choose(await stage.followUpSelects()[1], "SNAKE_PIT", as: owner)
            await stage.submit(try #require(await stage.lastModal()).customID, ["points": "4"], as: owner)

            await stage.press(try #require(buttons["Update Panel"]), as: owner)
            #expect(await stage.responder.lastText?.contains("3 of 3 changed (+7 quota points)") == true)
            #expect(try await Self.quotaPoints(stage, subject: "manual_log_run:*:3") == 600)
            #expect(try await Self.quotaPoints(stage, subject: "manual_log_run:*:1") == 400)
            #expect(try await Self.quotaPoints(stage, subject: "run:77") == 200)
            #expect(try await Self.quotaPoints(stage, subject: "run:78") == 100) // before the period
            #expect(try await Self.quotaPoints(stage, subject: "manual_adjust:*") == 250) // no dungeon: kept
            #expect(try await Self.totalsDifferingFromLedger(stage) == 0)
            #expect(try await stage.count("SELECT SUM(quota_points) FROM quota_total_member") == 1550)
        }
    }

    @Test("Reset Panel starts a fresh week and deletes the old leaderboard panel; Delete Quota keeps the ledger")
    func resetAndDelete() async throws {
        try await QuotaStage.with { stage in
            let role = try await stage.configureQuota("Raid Leader")
            let owner = try await stage.member("guild_owner"), lee = try await stage.member("leader_lee")
            await stage.run("logrun", [Option.text("dungeon", "SHATTERS")], as: lee)
            let channel = try #require(await stage.sandbox.guild.channel(named: "general")).id
            let old = await stage.sandbox.guild.postMessage(in: channel, as: stage.sandbox.guild.bot.id, content: "board")
            try await stage.db.database.write { connection in // the stage maps #general as the quota channel
                try connection.execute("UPDATE quota_role_config SET panel_message_id = ?1", old.id)
                try connection.execute("""
                    INSERT INTO quota_dungeon_override (guild_id, discord_role_id, dungeon_key, points, updated_at)
                    VALUES (?1, ?2, 'SHATTERS', 300, 0)
                    """, stage.sandbox.configuration.guildID, role)
            }
            let buttons = try await ConfigQuotaTests.openPanel(stage)
            await stage.press(try #require(buttons["Reset Panel"]), as: owner)
            let now = stage.clock.unixMilliseconds() - 16_000
            #expect(try await ConfigQuotaTests.configRow(stage)[1...2] == [now, now + 604_800_000])
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_role_config WHERE panel_message_id IS NULL") == 1)
            #expect(await stage.sandbox.guild.message(old.id) == nil)

            await stage.press(try #require(buttons["Delete Quota"]), as: owner)
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_role_config") == 0)
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_dungeon_override") == 0)
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_event") == 1)
            #expect(await stage.lastEmbed()?.description?.contains("has no quota configuration yet") == true)
            await stage.press(try #require(buttons["Update Panel"]), as: owner)
            #expect(await stage.responder.lastText?.contains("has no quota configuration") == true)
            await stage.press(try #require(buttons["Stop"]), as: owner)
            #expect(await stage.responder.lastEdit?.components?.isEmpty == true)
        }
    }
}
