import DiscordModels
import FeatureKit
import RaidDomain
import TestSupport
import Testing

/// `/leaderboard`'s six buttons: 25 a page, invoker-only, working after a restart, Stop removes them.
@Suite("Leaderboard paging", .serialized)
struct LeaderboardPagingTests {
    /// 30 members with 1 to 30 points.
    static func seed(_ stage: QuotaStage) async throws {
        let guildID = stage.sandbox.configuration.guildID.rawValue, now = Timestamp(unixMilliseconds: stage.clock.unixMilliseconds())
        try await stage.db.database.write { connection in
            for index in 1...30 {
                let member = MemberID(UInt64(5_000 + index))
                try FirstContact.ensureMember(connection, member, username: "member\(index)", now: now)
                _ = try PointsLedger(connection, guildID: guildID, now: now).adjustPoints(member, by: Points(Int64(index)))
            }
        }
    }

    @Test("Next, Last and First page through 30 entries; a restarted bot still pages; Stop removes the buttons")
    func paging() async throws {
        try await QuotaStage.with { stage in
            try await Self.seed(stage)
            let rin = try await stage.member("raider_rin")
            await stage.run("leaderboard", [Option.text("category", "points"), Option.text("dungeon", "all")], as: rin)
            let first = try #require(await stage.lastEmbed())
            #expect(first.description?.split(separator: "\n").count == 25)
            #expect(first.description?.hasPrefix("🥇 <@5030> — 30") == true)
            #expect(first.footer?.text == "All time · Page 1/2 · 30 entries")

            await stage.press(try #require(await stage.buttons()["▶"]), as: rin)
            let second = try #require(await stage.lastEmbed())
            #expect(second.description == "26. <@5005> — 5\n27. <@5004> — 4\n28. <@5003> — 3\n29. <@5002> — 2\n30. <@5001> — 1")

            let restarted = try await stage.restarted()
            let firstButton = try #require(await stage.buttons()["⏮"])
            await restarted.press(firstButton, as: rin)
            #expect(await restarted.lastEmbed()?.footer?.text == "All time · Page 1/2 · 30 entries")
            await restarted.press(try #require(await restarted.buttons()["⏭"]), as: rin)
            #expect(await restarted.lastEmbed()?.footer?.text == "All time · Page 2/2 · 30 entries")

            let ray = try await stage.member("raider_ray")
            await restarted.press(try #require(await restarted.buttons()["◀"]), as: ray)
            #expect(await restarted.responder.lastText?.contains("Only the member who ran this") == true)

            await restarted.press(try #require(await restarted.buttons()["Stop"]), as: rin)
            #expect(await restarted.responder.lastEdit?.components == [])
        }
    }

    @Test("a board is redrawn from the ledger after it changes, not served stale from the cache")
    func cacheFollowsTheLedger() async throws {
        try await QuotaStage.with { stage in
            try await Self.seed(stage)
            let rin = try await stage.member("raider_rin"), owner = try await stage.member("guild_owner")
            await stage.run("leaderboard", [Option.text("category", "points"), Option.text("dungeon", "all")], as: rin)
            #expect(await stage.lastEmbed()?.description?.hasPrefix("🥇 <@5030> — 30") == true)
            let first = try #require(await stage.buttons()["⏮"])
            await stage.run("addpoints", [Option.number("amount", 100), Option.user(rin.id)], as: owner)
            await stage.press(first, as: rin)
            #expect(await stage.lastEmbed()?.description?.hasPrefix("🥇 <@\(rin.id)> — 100") == true)
            #expect(await stage.lastEmbed()?.footer?.text == "All time · Page 1/2 · 31 entries")
        }
    }

    @Test("dates filter every category, keys popped included (the incumbent ignored them)")
    func datesFilterKeys() async throws {
        try await QuotaStage.with { stage in
            let lee = try await stage.member("leader_lee"), rin = try await stage.member("raider_rin")
            await stage.run("logkey", [Option.user(rin.id), Option.text("dungeon", "SHATTERS"), Option.integer("amount", 2)], as: lee)
            stage.clock.advance(by: .seconds(3 * 86_400))
            await stage.run("logkey", [Option.user(rin.id), Option.text("dungeon", "SHATTERS"), Option.integer("amount", 5)], as: lee)
            let today = UTCDateTime.format(Timestamp(unixMilliseconds: stage.clock.unixMilliseconds())).prefix(10)
            await stage.run("leaderboard", [Option.text("category", "keys_popped"), Option.text("dungeon", "SHATTERS"),
                                             Option.text("since", String(today))], as: rin)
            #expect(await stage.lastEmbed()?.description == "🥇 <@\(rin.id)> — 5")
            await stage.run("leaderboard", [Option.text("category", "keys_popped"), Option.text("dungeon", "SHATTERS")], as: rin)
            #expect(await stage.lastEmbed()?.description == "🥇 <@\(rin.id)> — 7")
        }
    }
}
