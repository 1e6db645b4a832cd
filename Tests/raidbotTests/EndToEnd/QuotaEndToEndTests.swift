import DiscordModels
import DiscordSandbox
import FeatureKit
import Testing

/// Quota end to end: the real bot against the stand-in. A run with two key pops credits the
/// raiders, `/logkey` adds a key, and `/stats` and `/leaderboard` show exactly what the ledger holds;
/// the organizer role's quota panel follows the run.
@Suite("Quota end to end")
struct QuotaEndToEndTests {
    @Test("a run with two key pops and /logkey: /stats and /leaderboard show exactly the ledger; the quota panel follows")
    func runThenStatsAndLeaderboard() async throws {
        let stage = try await RunsStage.make()
        let quotaChannel = await stage.sandbox.guild.addChannel(name: "quota")
        _ = try await GuildChannelStore(database: stage.harness.database).setChannels(
            [.quota: quotaChannel.id], guildID: stage.sandbox.configuration.guildID, actorID: stage.organizer.id, now: 1)
        let post = try await stage.postRun()
        let raiders = await stage.sandbox.guild.addMembers(count: 2)
        for raider in raiders { try await stage.press("v1:run:join:1", on: post, as: raider) }
        let panel = try #require(try await stage.openOrganizerPanel(1, on: post, as: stage.organizer))
        try await stage.press("v1:run:start:1", on: panel, as: stage.organizer)
        try await stage.press("v1:run:keypop:1", on: panel, as: stage.organizer)
        stage.clock.advance(by: .seconds(21))
        try await stage.press("v1:run:keypop:1", on: panel, as: stage.organizer)
        try await stage.press("v1:run:end:1", on: panel, as: stage.organizer)

        let logged = try await stage.command("logkey", [.user("member", raiders[0].id), .string("dungeon", "SNAKE_PIT"),
                                                       .integer("amount", 1)])
        #expect(logged.title == "✅ Key Pops Logged")

        // /stats of raiders[0] against a direct scan of the ledger.
        let stats = try await stage.command("stats", [.user("member", raiders[0].id)])
        let completions = try await stage.count(
            "SELECT COUNT(*) FROM quota_event WHERE actor_user_id = \(raiders[0].id) AND subject_id LIKE 'raider:%'")
        let points = try await stage.count("SELECT SUM(points) FROM quota_event WHERE actor_user_id = \(raiders[0].id)")
        #expect(completions == 2)
        #expect(stats.field("Dungeon Completions") == "\(completions)")
        #expect(stats.field("Keys Popped") == "1")
        #expect(stats.field("Points") == "\(points / 100)")
        #expect(stats.field("Dungeons: Completed | Keys | Organized") == "**Snake Pit**: 2 | 1 | 0")

        // /leaderboard of completions: both raiders, as the ledger counts them.
        let board = try await stage.command("leaderboard", [.string("category", "dungeon_completions"),
                                                           .string("dungeon", "SNAKE_PIT")])
        let lines = (board.description ?? "").split(separator: "\n").map(String.init)
        let credited = try await stage.count(
            "SELECT COUNT(DISTINCT actor_user_id) FROM quota_event WHERE subject_id LIKE 'raider:%' AND dungeon_key = 'SNAKE_PIT'")
        #expect(credited == 3, "the organizer joins her own run")
        #expect(lines.count == credited)
        #expect(lines.allSatisfy { $0.hasSuffix("— 2") })
        let everyone = raiders.map(\.id) + [stage.organizer.id]
        #expect(everyone.allSatisfy { id in lines.contains { $0.contains("<@\(id)>") } })

        // The organizer's role panel shows the run.
        _ = try await stage.sandbox.firstRequest {
            $0.method == "POST" && $0.path.hasSuffix("/channels/\(quotaChannel.id)/messages")
        }
        let quotaPanel = try #require(await stage.sandbox.guild.messages(in: quotaChannel.id).first)
        #expect(quotaPanel.embeds.first?["title"]?.asString == "📊 Organizer Quota Leaderboard")
        await stage.harness.stop()
    }
}

/// One answer's first embed, as the stand-in recorded it.
struct AnswerEmbed {
    let body: JSONValue?

    var title: String? { body?["title"]?.asString }
    var description: String? { body?["description"]?.asString }

    func field(_ name: String) -> String? {
        body?["fields"]?.asArray?.first { $0["name"]?.asString == name }?["value"]?.asString
    }
}

extension RunsStage {
    /// Runs `/name` as the organizer and returns the first embed of its answer.
    func command(_ name: String, _ options: [CommandOption]) async throws -> AnswerEmbed {
        let handle = try await sandbox.run(command: name, options: options, as: organizer)
        let event = try await handle.answer(0) { if case .callback = $0 { false } else { true } }
        let body = event.body?["data"] ?? event.body
        return AnswerEmbed(body: body?["embeds"]?.asArray?.first)
    }
}
