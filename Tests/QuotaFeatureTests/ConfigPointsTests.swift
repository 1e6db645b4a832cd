import DiscordModels
import DiscordSandbox
import TestSupport
import Testing

/// `/configpoints` end to end: the panel, the two select-then-modal flows, the defaults that delete
/// their row, bad input, the gates and a restart.
/// One test at a time: each starts its own Discord stand-in, and dozens at once starve the
/// suite's timing-sensitive REST tests on a small machine.
@Suite("/configpoints", .serialized)
struct ConfigPointsTests {
    /// Opens the panel as the guild owner; returns its buttons by label.
    static func openPanel(_ stage: QuotaStage) async throws -> [String: String] {
        await stage.run("configpoints", [], as: try await stage.member("guild_owner"))
        return await stage.buttons()
    }

    /// Chooses `dungeon` in the picker `button` shows and submits `value`.
    static func set(_ stage: QuotaStage, _ button: String, _ dungeon: String, part: Int, to value: String) async throws {
        let owner = try await stage.member("guild_owner")
        await stage.press(button, as: owner)
        await stage.choose(await stage.followUpSelects()[part], dungeon, as: owner)
        await stage.submit(try #require(await stage.lastModal()).customID, ["points": value], as: owner)
    }

    @Test("completion points: set, 0 stored, the default 1 deletes the row; bad values write nothing")
    func completionPoints() async throws {
        try await QuotaStage.with { stage in
            let buttons = try await Self.openPanel(stage)
            #expect(await stage.lastAnswer() == "⭐ Raider Points Configuration")
            let configure = try #require(buttons["Configure Dungeons"])
            try await Self.set(stage, configure, "SHATTERS", part: 0, to: "2.5")
            #expect(try await stage.count("SELECT points FROM raider_points_config WHERE dungeon_key = 'SHATTERS'") == 250)
            #expect(await stage.responder.lastText == "✅ Shatters: 2.5 completion points.")
            try await Self.set(stage, configure, "SNAKE_PIT", part: 1, to: "0")
            #expect(try await stage.count("SELECT COUNT(*) FROM raider_points_config WHERE points = 0") == 1)
            for bad in ["1.234", "-1", "abc", "1000.01"] {
                try await Self.set(stage, configure, "SHATTERS", part: 0, to: bad)
                #expect(await stage.responder.lastText?.hasPrefix("❌") == true)
            }
            #expect(try await stage.count("SELECT points FROM raider_points_config WHERE dungeon_key = 'SHATTERS'") == 250)
            try await Self.set(stage, configure, "SHATTERS", part: 0, to: "1")
            #expect(try await stage.count("SELECT COUNT(*) FROM raider_points_config") == 1)
        }
    }

    @Test("key-pop points: a set value prices /logkey; 5 deletes the row")
    func keyPopPoints() async throws {
        try await QuotaStage.with { stage in
            let buttons = try await Self.openPanel(stage)
            let keys = try #require(buttons["Configure Keys"])
            try await Self.set(stage, keys, "SHATTERS", part: 0, to: "7")
            #expect(try await stage.count("SELECT points FROM key_pop_points_config WHERE dungeon_key = 'SHATTERS'") == 700)
            let lee = try await stage.member("leader_lee"), rin = try await stage.member("raider_rin")
            await stage.run("logkey", [Option.user(rin.id), Option.text("dungeon", "SHATTERS"), Option.integer("amount", 2)],
                            as: lee, resolving: [rin])
            #expect(await stage.field("⭐ Points") == "+14")
            try await Self.set(stage, keys, "SHATTERS", part: 0, to: "5")
            #expect(try await stage.count("SELECT COUNT(*) FROM key_pop_points_config") == 0)
        }
    }

    @Test("a non-admin is refused; the panel works after a restart; Stop removes the buttons")
    func gatesRestartAndStop() async throws {
        try await QuotaStage.with { stage in
            await stage.run("configpoints", [], as: try await stage.member("leader_lee"))
            #expect(await stage.responder.lastText?.contains("Missing Permission") == true)
            let buttons = try await Self.openPanel(stage)
            await stage.press(try #require(buttons["Configure Keys"]), as: try await stage.member("security_sam"))
            #expect(await stage.responder.lastText == "❌ You need Discord's Administrator permission to do that.")
            let restarted = try await stage.restarted()
            try await Self.set(restarted, try #require(buttons["Configure Dungeons"]), "SNAKE_PIT", part: 1, to: "3")
            #expect(try await stage.count("SELECT points FROM raider_points_config WHERE dungeon_key = 'SNAKE_PIT'") == 300)
            await restarted.press(try #require(buttons["Stop"]), as: try await stage.member("guild_owner"))
            #expect(await restarted.responder.lastEdit?.components?.isEmpty == true)
            #expect(await restarted.lastEmbed()?.fields?.first?.value == "Snake Pit: 3")
        }
    }
}
