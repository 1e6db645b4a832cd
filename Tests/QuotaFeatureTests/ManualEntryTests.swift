import DiscordModels
import TestSupport
import Testing

/// `/logrun`, `/logkey`, `/addpoints` and `/addquotapoints` end to end: the router, the real
/// ledger and totals, the stand-in's members and #staff-logs.
@Suite("Manual quota entries", .serialized)
struct ManualEntryTests {
    @Test("/logkey then /stats and /leaderboard show exactly what was logged")
    func logKeyShowsInStatsAndLeaderboard() async throws {
        try await QuotaStage.with { stage in
            let lee = try await stage.member("leader_lee"), rin = try await stage.member("raider_rin")
            let ray = try await stage.member("raider_ray")
            await stage.run("logkey", [Option.user(rin.id), Option.text("dungeon", "SHATTERS"), Option.integer("amount", 3)],
                            as: lee, resolving: [rin])
            #expect(await stage.lastAnswer() == "✅ Key Pops Logged")
            #expect(await stage.field("Shatters Total") == "3")
            #expect(await stage.field("⭐ Points") == "+15")
            await stage.run("logkey", [Option.user(ray.id), Option.text("dungeon", "SHATTERS")], as: lee, resolving: [ray])
            await stage.run("logkey", [Option.user(rin.id), Option.text("dungeon", "SHATTERS"), Option.integer("amount", -1)],
                            as: lee, resolving: [rin])
            let removal = await stage.lastAnswer()
            #expect(removal == "➖ Key Pops Removed")
            #expect(await stage.field("Shatters Total") == "2")

            await stage.run("stats", [Option.user(rin.id)], as: ray, resolving: [rin])
            #expect(await stage.field("Keys Popped") == "2")
            #expect(await stage.field("Points") == "10")
            #expect(await stage.field("Dungeon Completions") == "0")
            #expect(await stage.field("Dungeons: Completed | Keys | Organized") == "**Shatters**: 0 | 2 | 0")

            await stage.run("leaderboard", [Option.text("category", "keys_popped"), Option.text("dungeon", "all")], as: ray)
            let board = try #require(await stage.lastEmbed())
            #expect(board.description == "🥇 <@\(rin.id)> — 2\n🥈 <@\(ray.id)> — 1")
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_event") == 3)
        }
    }

    @Test("removing more keys than logged removes only what there is; none left is refused and writes nothing")
    func keyRemovalIsClamped() async throws {
        try await QuotaStage.with { stage in
            let lee = try await stage.member("leader_lee"), rin = try await stage.member("raider_rin")
            await stage.run("logkey", [Option.user(rin.id), Option.text("dungeon", "SHATTERS"), Option.integer("amount", 2)], as: lee)
            await stage.run("logkey", [Option.user(rin.id), Option.text("dungeon", "SHATTERS"), Option.integer("amount", -5)], as: lee)
            #expect(await stage.field("Keys Removed") == "2")
            #expect(await stage.field("Shatters Total") == "0")
            await stage.run("logkey", [Option.user(rin.id), Option.text("dungeon", "SHATTERS"), Option.integer("amount", -1)], as: lee)
            #expect(await stage.lastAnswer().contains("none to remove"))
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_event") == 2)
            #expect(try await stage.count("SELECT COALESCE(SUM(points), 0) FROM quota_total_member") == 0)
        }
    }

    @Test("/logrun credits the invoker's quota role for the organizer; removal stops at zero")
    func logRunPricedByInvokersRole() async throws {
        try await QuotaStage.with { stage in
            let role = try await stage.configureQuota("Raid Leader", exalt: 250, nonExalt: 100)
            let lee = try await stage.member("leader_lee"), hana = try await stage.member("head_leader_hana")
            await stage.run("logrun", [Option.text("dungeon", "SHATTERS"), Option.integer("amount", 2)], as: lee)
            #expect(await stage.lastAnswer() == "✅ Run Quota Logged")
            #expect(await stage.field("Points Changed") == "+5")
            await stage.run("logrun", [Option.text("dungeon", "SHATTERS"), Option.integer("amount", -5)], as: lee)
            #expect(await stage.lastAnswer() == "➖ Run Quota Removed")
            #expect(await stage.field("Points Changed") == "-5")
            #expect(try await stage.count("SELECT quota_points FROM quota_total_member WHERE user_id = \(lee.id)") == 0)
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_event WHERE quota_role_id = \(role)") == 2)
            // Hana holds no configured role: nothing to price the run with.
            await stage.run("logrun", [Option.text("dungeon", "SHATTERS")], as: hana)
            #expect(await stage.lastAnswer().contains("None of your roles has a quota configuration"))
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_event") == 2)
        }
    }

    @Test("/addquotapoints works (defect 3): credited to the member's quota role, decimals kept")
    func addQuotaPointsWorks() async throws {
        try await QuotaStage.with { stage in
            let role = try await stage.configureQuota("Raid Leader")
            let owner = try await stage.member("guild_owner"), lee = try await stage.member("leader_lee")
            await stage.run("addquotapoints", [Option.number("amount", 2.5), Option.user(lee.id)], as: owner)
            #expect(await stage.lastAnswer() == "➕ Quota: Added Quota Points")
            #expect(await stage.field("Quota Points") == "+2.5")
            #expect(try await stage.count("SELECT quota_points FROM quota_event WHERE quota_role_id = \(role)") == 250)
            await stage.run("addpoints", [Option.number("amount", -4), Option.user(lee.id)], as: owner)
            #expect(await stage.field("Points") == "0", "nothing to remove from a zero total")
        }
    }

    @Test("bad amounts, unknown dungeons, dates and absent members get a plain answer and write nothing",
          arguments: [
              ("addpoints", [Option.number("amount", 1.255)], "more than two decimals"),
              ("addpoints", [Option.number("amount", 0)], "not 0"),
              ("logkey", [Option.text("dungeon", "Atlantis"), Option.integer("amount", 1)], "not a dungeon"),
              ("logkey", [Option.text("dungeon", "SHATTERS"), Option.integer("amount", 100)], "-99"),
              ("leaderboard", [Option.text("category", "points"), Option.text("dungeon", "all"),
                               Option.text("since", "yesterday")], "not a date"),
              ("leaderboard", [Option.text("category", "points"), Option.text("dungeon", "all"),
                               Option.text("since", "2026-12-02"), Option.text("until", "2026-12-01")], "before `until`"),
              ("addquotapoints", [Option.number("amount", 1)], "no role with a quota configuration"),
          ])
    func badInputWritesNothing(_ command: String, _ options: [CommandInteractionOption], _ answer: String) async throws {
        try await QuotaStage.with { stage in
            let owner = try await stage.member("guild_owner"), rin = try await stage.member("raider_rin")
            let target = command == "logkey" || command == "addquotapoints" ? [Option.user(rin.id)] : []
            await stage.run(command, options + target, as: owner)
            let said = await stage.lastAnswer()
            #expect(said.contains(answer), "\(said)")
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_event") == 0)
        }
    }

    @Test("a member who left cannot be credited", arguments: ["addpoints", "logkey", "logrun"])
    func memberWhoLeft(_ command: String) async throws {
        try await QuotaStage.with { stage in
            _ = try await stage.configureQuota("Admin")
            let owner = try await stage.member("guild_owner")
            let amount = command == "addpoints" ? Option.number("amount", 5) : Option.integer("amount", 1)
            await stage.run(command, [amount, Option.user(Snowflake(424_242)), Option.text("dungeon", "SHATTERS")], as: owner)
            #expect(await stage.lastAnswer().contains("is not a member of this server"))
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_event") == 0)
        }
    }

    @Test("members below the gate are refused", arguments: [
        ("logkey", "raider_rin"), ("logrun", "raider_rin"), ("addpoints", "leader_lee"), ("addquotapoints", "leader_lee"),
        ("stats", "newcomer_nia"), ("leaderboard", "newcomer_nia"),
    ])
    func belowTheGate(_ command: String, _ memberName: String) async throws {
        try await QuotaStage.with { stage in
            let actor = try await stage.member(memberName), rin = try await stage.member("raider_rin")
            await stage.run(command, [Option.user(rin.id), Option.text("dungeon", "SHATTERS"), Option.number("amount", 1),
                                      Option.text("category", "points")], as: actor)
            let said = await stage.lastAnswer()
            #expect(said.contains("Missing Permission"), "\(said)")
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_event") == 0)
        }
    }
}
