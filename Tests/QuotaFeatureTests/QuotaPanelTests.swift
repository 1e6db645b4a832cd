import DiscordModels
import DiscordSandbox
import TestSupport
import Testing

/// The quota leaderboard panel in the quota channel and the automatic period rollover, through
/// the outbox and the stand-in.
@Suite("Quota panels and rollover", .serialized)
struct QuotaPanelTests {
    @Test("the first quota write posts the role's panel; later writes edit the same message")
    func panelAppearsThenUpdates() async throws {
        try await QuotaStage.with { stage in
            _ = try await stage.configureQuota("Raid Leader")
            let lee = try await stage.member("leader_lee"), owner = try await stage.member("guild_owner")
            await stage.run("logrun", [Option.text("dungeon", "SHATTERS"), Option.integer("amount", 2)], as: lee)
            await stage.drainOutbox()
            let posted = try await stage.quotaChannel()
            #expect(posted.count == 1)
            #expect(posted.first?.embedTitle == "📊 Raid Leader Quota Leaderboard")
            #expect(posted.first?.fieldValue("Top 1 Members")?.contains("<@\(lee.id)> — 2 pts, 2 runs") == true)

            await stage.run("addquotapoints", [Option.number("amount", 1.5), Option.user(lee.id)], as: owner)
            await stage.drainOutbox()
            let edited = try await stage.quotaChannel()
            #expect(edited.count == 1, "an edit, not a second panel")
            let top = edited.first?.fieldValue("Top 1 Members")
            #expect(top?.contains("3.5 pts, 2 runs") == true, "\(String(describing: top))")
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_role_config WHERE panel_message_id IS NOT NULL") == 1)
        }
    }

    @Test("a deleted panel is posted again on the next redraw")
    func deletedPanelIsReposted() async throws {
        try await QuotaStage.with { stage in
            _ = try await stage.configureQuota("Raid Leader")
            let lee = try await stage.member("leader_lee")
            await stage.run("logrun", [Option.text("dungeon", "SHATTERS")], as: lee)
            await stage.drainOutbox()
            let first = try #require(try await stage.quotaChannel().first)
            _ = await stage.sandbox.guild.deleteMessageByHand(first.id, in: first.channelID)
            try await stage.quotaPanelsPass()
            let again = try await stage.quotaChannel()
            #expect(again.count == 1)
            #expect(again.first?.id != first.id)
        }
    }

    @Test("a weekly period rolls over once: the final board is posted once across a restart, the next period starts")
    func rolloverPostsTheFinalBoardOnce() async throws {
        try await QuotaStage.with { stage in
            let role = try await stage.configureQuota("Raid Leader")
            let lee = try await stage.member("leader_lee")
            let start = stage.clock.unixMilliseconds()
            // Repeats Mondays 00:00 UTC; this period ends in one hour.
            try await stage.db.database.write { connection in
                try connection.execute("UPDATE quota_role_config SET rollover_week_hour = 0, reset_at = ?1", start + 3_600_000)
            }
            await stage.run("logrun", [Option.text("dungeon", "SHATTERS"), Option.integer("amount", 3)], as: lee)
            await stage.drainOutbox()
            stage.clock.advance(by: .seconds(7_200))

            try await stage.quotaPanelsPass()
            let restarted = try await stage.restarted()
            try await restarted.quotaPanelsPass()
            try await restarted.quotaPanelsPass()

            let finals = try await stage.quotaChannel().filter { $0.embedTitle == "🏁 Raid Leader Quota — Final Results" }
            #expect(finals.count == 1)
            #expect(finals.first?.fieldValue("Top 1 Members")?.contains("<@\(lee.id)> — 3 pts, 3 runs") == true)
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_period_result WHERE message_id IS NOT NULL") == 1)
            let (newStart, newReset) = try #require(try await stage.db.database.read { connection in
                try connection.fetchOne("SELECT period_start_at, reset_at FROM quota_role_config WHERE discord_role_id = ?1", role) {
                    (try $0.get(0, as: Int64.self), try $0.get(1, as: Int64.self))
                }
            })
            #expect(newStart == start + 3_600_000)
            #expect(newReset > stage.clock.unixMilliseconds())
            #expect((newReset / 86_400_000 + 3) % 7 == 0 && newReset % 86_400_000 == 0, "a Monday at 00:00 UTC")
            let live = try #require(try await stage.quotaChannel().first { $0.embedTitle == "📊 Raid Leader Quota Leaderboard" })
            #expect(live.fieldValue("No Activity") != nil, "the new period starts empty")
        }
    }

    @Test("a final board Discord accepted but the bot never recorded is found, not posted again")
    func finalBoardRecoveredAfterLostWrite() async throws {
        try await QuotaStage.with { stage in
            _ = try await stage.configureQuota("Raid Leader")
            let start = stage.clock.unixMilliseconds()
            try await stage.db.database.write { connection in
                try connection.execute("UPDATE quota_role_config SET rollover_week_hour = 50, reset_at = ?1", start + 60_000)
            }
            stage.clock.advance(by: .seconds(120))
            try await stage.quotaPanelsPass()
            // As if the process died after Discord's answer, before the message id was stored.
            try await stage.db.database.write { connection in
                try connection.execute("UPDATE quota_period_result SET message_id = NULL")
                try connection.execute("""
                    INSERT INTO outbox (target, kind, payload, coalesce_key, created_at, next_attempt_at)
                    SELECT target, kind, payload, coalesce_key, created_at, created_at FROM outbox WHERE target LIKE 'panel:quotafinal%'
                    """)
            }
            await stage.drainOutbox()
            let finals = try await stage.quotaChannel().filter { $0.embedTitle?.hasPrefix("🏁") == true }
            #expect(finals.count == 1)
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_period_result WHERE message_id IS NOT NULL") == 1)
        }
    }
}

extension SandboxMessage {
    /// The value of the first embed's field named `name`.
    func fieldValue(_ name: String) -> String? {
        embeds.first?.asObject?["fields"]?.asArray?.compactMap(\.asObject)
            .first { $0["name"]?.asString == name }?["value"]?.asString
    }
}

/// The panel follows its configuration: configuring a role posts it, Reset Panel posts a new one.
@Suite("Quota panels follow the configuration", .serialized)
struct QuotaPanelConfigTests {
    @Test("configuring a role through /configquota makes its panel appear; Reset Panel replaces it")
    func configurationPostsThePanel() async throws {
        try await QuotaStage.with { stage in
            let owner = try await stage.member("guild_owner")
            let buttons = try await ConfigQuotaTests.openPanel(stage)
            await stage.press(try #require(buttons["Set Basic Config"]), as: owner)
            let modal = try #require(await stage.lastModal())
            await stage.submit(modal.customID, ConfigQuotaTests.basic, as: owner)
            await stage.drainOutbox()
            let first = try await stage.quotaChannel()
            #expect(first.map(\.embedTitle) == ["📊 Raid Leader Quota Leaderboard"])
            #expect(first.first?.fieldValue("Repeats") == "Every Mon 18:00 UTC")
            #expect(first.first?.fieldValue("Required Points") == "12.5")

            await stage.press(try #require(buttons["Reset Panel"]), as: owner)
            await stage.drainOutbox()
            let after = try await stage.quotaChannel()
            #expect(after.count == 1)
            #expect(after.first?.id != first.first?.id, "the old panel deleted, a new one posted")
        }
    }
}

/// An imported incumbent panel the bot cannot edit is replaced, not retried forever.
@Suite("Quota panels after an import", .serialized)
struct QuotaPanelImportTests {
    @Test("a panel message another bot posted (403 on edit) is replaced by a new panel")
    func foreignPanelIsReplaced() async throws {
        try await QuotaStage.with { stage in
            _ = try await stage.configureQuota("Raid Leader")
            let owner = try await stage.member("guild_owner")
            let channel = try #require(await stage.sandbox.guild.channel(named: "general")).id
            let foreign = await stage.sandbox.guild.postMessage(in: channel, as: owner.id, content: "incumbent's quota board")
            try await stage.db.database.write { try $0.execute("UPDATE quota_role_config SET panel_message_id = ?1", foreign.id) }
            let lee = try await stage.member("leader_lee")
            await stage.run("logrun", [Option.text("dungeon", "SHATTERS")], as: lee)
            await stage.drainOutbox()
            let messages = try await stage.quotaChannel()
            #expect(messages.count == 2)
            #expect(messages.last?.embedTitle == "📊 Raid Leader Quota Leaderboard")
            #expect(try await stage.count("SELECT panel_message_id FROM quota_role_config") == Int(messages.last!.id.rawValue))
        }
    }
}
