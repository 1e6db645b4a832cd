import DiscordModels
import DiscordSandbox
import RaidDomain
import TestSupport
import Testing
@testable import FeatureKit

/// `/configquota role` end to end: the panel, its modals and dungeon picker, re-pricing, reset and
/// delete, the gates, a restart and two admins at once, over real SQLite and the Discord stand-in.
/// One test at a time: each starts its own Discord stand-in, and dozens at once starve the
/// suite's timing-sensitive REST tests on a small machine.
@Suite("/configquota", .serialized)
struct ConfigQuotaTests {
    static let basic = ["required_points": "12.5", "period_start_at": "2027-01-04 18:00",
                        "reset_at": "2027-01-11 18:00", "repeats_weekly": "Mon 18:00"]

    /// Opens the panel of `roleName` as the guild owner; returns its buttons by label.
    static func openPanel(_ stage: QuotaStage, _ roleName: String = "Raid Leader") async throws -> [String: String] {
        let role = try #require(await stage.sandbox.guild.role(named: roleName)).id
        await stage.run("configquota", [Option.role(role)], as: try await stage.member("guild_owner"))
        return await stage.buttons()
    }

    static func configRow(_ stage: QuotaStage) async throws -> [Int64] {
        try await stage.db.database.read { connection in
            try connection.fetchOne("""
                SELECT required_points, period_start_at, reset_at, COALESCE(rollover_week_hour, -1), base_exalt_points,
                       base_non_exalt_points, verify_points, editname_points, addnote_points
                FROM quota_role_config
                """) { row in try (0..<9).map { try row.get($0, as: Int64.self) } } ?? []
        }
    }

    @Test("Set Basic Config stores points, period and weekly schedule; the panel shows them")
    func basicConfigHappyPath() async throws {
        try await QuotaStage.with { stage in
            let owner = try await stage.member("guild_owner")
            let buttons = try await Self.openPanel(stage)
            #expect(await stage.lastAnswer() == "📊 Quota Configuration")
            #expect(buttons.count == 8)
            await stage.press(try #require(buttons["Set Basic Config"]), as: owner)
            let modal = try #require(await stage.lastModal())
            #expect(await stage.lastModalValues()["repeats_weekly"] == "never")
            await stage.submit(modal.customID, Self.basic, as: owner)
            let start = try #require(UTCDateTime.parse("2027-01-04 18:00")).unixMilliseconds
            #expect(try await Self.configRow(stage).prefix(6) == [1250, start, start + 604_800_000, 18, 100, 100])
            #expect(await stage.field("Repeats Weekly") == "Every Mon 18:00 UTC")
            #expect(await stage.field("Required Points") == "12.5")
            #expect(await stage.responder.lastText == "✅ Saved the quota configuration of <@&\(try #require(await stage.sandbox.guild.role(named: "Raid Leader")).id)>.")
        }
    }

    /// Each bad field of Set Basic Config, with the reason its answer gives.
    static let badBasicFields = [
        ("required_points", "1.234", "more than two decimals"), ("required_points", "-1", "between 0 and"),
        ("required_points", "ten", "not a number"), ("period_start_at", "2027-13-01 00:00", "not a date"),
        ("reset_at", "2027-01-01 00:00", "after the period start"), ("reset_at", "tomorrow", "not a date"),
        ("repeats_weekly", "Mon 18:30", "not a schedule"), ("repeats_weekly", "Funday 10:00", "not a schedule"),
        ("repeats_weekly", "", "not a schedule"),
    ]

    @Test("bad basic input is answered plainly and writes nothing")
    func basicConfigRefusals() async throws {
        try await QuotaStage.with { stage in
            let owner = try await stage.member("guild_owner")
            let buttons = try await Self.openPanel(stage)
            await stage.press(try #require(buttons["Set Basic Config"]), as: owner)
            let modal = try #require(await stage.lastModal()).customID
            for (field, value, reason) in Self.badBasicFields {
                var values = Self.basic
                values[field] = value
                await stage.submit(modal, values, as: owner)
                #expect(await stage.responder.lastText?.contains(reason) == true, "\(field) = \(value)")
            }
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_role_config") == 0)
        }
    }

    @Test("Base and Moderation Points change only their own fields; bad values write nothing")
    func baseAndModerationPoints() async throws {
        try await QuotaStage.with { stage in
            let owner = try await stage.member("guild_owner")
            let buttons = try await Self.openPanel(stage)
            await stage.press(try #require(buttons["Set Basic Config"]), as: owner)
            await stage.submit(try #require(await stage.lastModal()).customID, Self.basic, as: owner)
            await stage.press(try #require(buttons["Base Points"]), as: owner)
            let base = try #require(await stage.lastModal()).customID
            await stage.submit(base, ["base_exalt_points": "2.5", "base_non_exalt_points": "1.25"], as: owner)
            for bad in ["1.005", "1001", "-2", ""] {
                await stage.submit(base, ["base_exalt_points": bad, "base_non_exalt_points": "3"], as: owner)
                #expect(await stage.responder.lastText?.hasPrefix("❌") == true)
            }
            await stage.press(try #require(buttons["Moderation Points"]), as: owner)
            let moderation = try #require(await stage.lastModal())
            #expect(await stage.lastModalValues().count == 5)
            await stage.submit(moderation.customID, ["verify_points": "1", "warn_points": "0.5", "suspend_points": "2",
                                                     "modmail_reply_points": "0.25", "editname_points": "0.1"], as: owner)
            let row = try await Self.configRow(stage)
            #expect(row[0] == 1250 && row[3] == 18)
            #expect(Array(row[4...]) == [250, 125, 100, 10, 0])
            #expect(await stage.field("Moderation Command Points")
                == "Verify: 1 · Warn: 0.5 · Suspend: 2 · Modmail Reply: 0.25 · Edit Name: 0.1")
        }
    }

    @Test("Configure Dungeons: select a dungeon, then its modal sets or removes the override")
    func dungeonOverrideFlow() async throws {
        try await QuotaStage.with { stage in
            let owner = try await stage.member("guild_owner")
            let buttons = try await Self.openPanel(stage)
            await stage.press(try #require(buttons["Configure Dungeons"]), as: owner)
            let selects = await stage.followUpSelects()
            #expect(selects.count == 3)
            await stage.choose(selects[0], "SHATTERS", as: owner)
            let modal = try #require(await stage.lastModal())
            #expect(modal.customID.hasPrefix("v1:qcfg:dmodal:"))
            await stage.submit(modal.customID, ["points": "3.5"], as: owner)
            #expect(try await stage.count("SELECT points FROM quota_dungeon_override WHERE dungeon_key = 'SHATTERS'") == 350)
            #expect(await stage.responder.lastText?.contains("now earns 3.5 points per run") == true)
            for bad in ["abc", "1.999", "5000"] {
                await stage.submit(modal.customID, ["points": bad], as: owner)
                #expect(await stage.responder.lastText?.hasPrefix("❌") == true)
            }
            #expect(try await stage.count("SELECT points FROM quota_dungeon_override WHERE dungeon_key = 'SHATTERS'") == 350)
            await stage.choose(selects[0], "MOONLIGHT VILLAGE", as: owner)
            await stage.submit(try #require(await stage.lastModal()).customID, ["points": "2"], as: owner)
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_dungeon_override WHERE dungeon_key = 'MOONLIGHT VILLAGE'") == 1)
            await stage.submit(modal.customID, ["points": "-1"], as: owner)
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_dungeon_override WHERE dungeon_key = 'SHATTERS'") == 0)
            // An unknown dungeon, chosen or forged into a modal id, is refused and writes nothing.
            await stage.choose(selects[0], "NOT_A_DUNGEON", as: owner)
            #expect(await stage.responder.lastText == "❌ That is not a dungeon I know. Pick one from the list.")
            let forged = modal.customID.replacing("SHATTERS", with: "NOWHERE")
            await stage.submit(forged, ["points": "2"], as: owner)
            #expect(await stage.responder.lastText == "❌ That is not a dungeon I know. Pick one from the list.")
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_dungeon_override") == 1)
        }
    }

    @Test("a dungeon edit redraws the main panel message it was picked from")
    func dungeonEditRedrawsPanel() async throws {
        try await QuotaStage.with { stage in
            let owner = try await stage.member("guild_owner")
            let buttons = try await Self.openPanel(stage)
            let channel = try #require(await stage.sandbox.guild.channel(named: "raid-commands")).id
            let panel = await stage.sandbox.guild.postMessage(in: channel, as: stage.sandbox.guild.bot.id, content: "")
            await stage.press(try #require(buttons["Configure Dungeons"]), as: owner, message: panel.id, channel: channel)
            await stage.choose(await stage.followUpSelects()[0], "SHATTERS", as: owner, channel: channel)
            await stage.submit(try #require(await stage.lastModal()).customID, ["points": "3"], as: owner, channel: channel)
            let fields = await stage.sandbox.guild.message(panel.id)?.fields["embeds"]?.arrayValue?.first?["fields"]?.arrayValue
            let overrides = fields?.first { $0["name"]?.stringValue == "Dungeon Overrides" }?["value"]?.stringValue
            #expect(overrides == "Shatters: 3")
            // The picker itself is redrawn with the dungeon marked.
            let picker = await stage.responder.lastEdit?.components?.first?.children.first
            guard case .selectMenu(let menu)? = picker else { Issue.record("no picker redrawn"); return }
            #expect(menu.options?.first { $0.value == "SHATTERS" }?.description == "✏️ Set: 3 pts")
        }
    }

    @Test("a role above the bot, @everyone or a managed role is refused; nothing is written")
    func unsuitableRolesRefused() async throws {
        try await QuotaStage.with { stage in
            let owner = try await stage.member("guild_owner")
            let cases: [(Snowflake, String)] = [
                (try #require(await stage.sandbox.guild.role(named: "Admin")).id, "above my highest role"),
                (stage.sandbox.configuration.guildID, "@everyone cannot have a quota"),
                (try #require(await stage.sandbox.guild.role(named: "Raid Bot")).id, "managed by an integration"),
            ]
            for (role, reason) in cases {
                await stage.run("configquota", [Option.role(role)], as: owner)
                #expect(await stage.responder.lastText?.contains(reason) == true)
            }
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_role_config") == 0)
        }
    }

    @Test("below the gates: a non-moderator cannot run it, a non-admin cannot press, another admin is refused")
    func gatesRefuse() async throws {
        try await QuotaStage.with { stage in
            let owner = try await stage.member("guild_owner"), sam = try await stage.member("security_sam")
            let role = try #require(await stage.sandbox.guild.role(named: "Raid Leader")).id
            await stage.run("configquota", [Option.role(role)], as: try await stage.member("head_leader_hana"))
            #expect(await stage.responder.lastText?.contains("Missing Permission") == true)
            let buttons = try await Self.openPanel(stage)
            await stage.press(try #require(buttons["Base Points"]), as: sam)
            #expect(await stage.responder.lastText == "❌ You need Discord's Administrator permission to do that.")
            await stage.press(try #require(buttons["Delete Quota"]), as: sam)
            #expect(await stage.responder.lastText == "❌ You need Discord's Administrator permission to do that.")
            let admin = try #require(await stage.sandbox.guild.role(named: "Admin")).id
            let ada = await stage.sandbox.guild.addMember(username: "admin_ada", roles: [admin])
            await stage.press(try #require(buttons["Set Basic Config"]), as: ada)
            #expect(await stage.responder.lastText == "❌ Only the member who ran this `/configquota` can use its buttons.")
            await stage.submit(try #require(buttons["Set Basic Config"]).replacing(":basic:", with: ":basic_modal:"),
                               Self.basic, as: ada)
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_role_config") == 0)
            _ = owner
        }
    }

    @Test("a live panel keeps working after a restart; an expired one loses its buttons")
    func restartAndExpiry() async throws {
        try await QuotaStage.with { stage in
            let owner = try await stage.member("guild_owner")
            let buttons = try await Self.openPanel(stage)
            await stage.press(try #require(buttons["Configure Dungeons"]), as: owner)
            let selects = await stage.followUpSelects()
            let restarted = try await stage.restarted()
            await restarted.press(try #require(buttons["Base Points"]), as: owner)
            await restarted.submit(try #require(await restarted.lastModal()).customID,
                                   ["base_exalt_points": "4", "base_non_exalt_points": "2"], as: owner)
            #expect(try await Self.configRow(stage)[4...5] == [400, 200])
            await restarted.choose(selects[1], "SNAKE_PIT", as: owner)
            await restarted.submit(try #require(await restarted.lastModal()).customID, ["points": "1.5"], as: owner)
            #expect(try await stage.count("SELECT points FROM quota_dungeon_override WHERE dungeon_key = 'SNAKE_PIT'") == 150)
            stage.clock.advance(by: .seconds(11 * 60))
            await restarted.press(try #require(buttons["Stop"]), as: owner)
            #expect(await restarted.responder.lastText == "⌛ This panel has expired. Run `/configquota` again.")
            #expect(await restarted.responder.lastEdit?.components?.isEmpty == true)
        }
    }

    @Test("two admins saving at once end in one consistent row, each edit whole")
    func concurrentEditsConsistent() async throws {
        try await QuotaStage.with { stage in
            let owner = try await stage.member("guild_owner")
            let admin = try #require(await stage.sandbox.guild.role(named: "Admin")).id
            let ada = await stage.sandbox.guild.addMember(username: "admin_ada", roles: [admin])
            let ownerPanel = try await Self.openPanel(stage)
            let role = try #require(await stage.sandbox.guild.role(named: "Raid Leader")).id
            await stage.run("configquota", [Option.role(role)], as: ada)
            let adaPanel = await stage.buttons()
            func modal(_ buttons: [String: String], _ name: String, _ action: String) throws -> String {
                try #require(buttons[name]).replacing(":\(action):", with: ":\(action)_modal:")
            }
            let other = ["required_points": "7", "period_start_at": "2027-02-01 00:00", "reset_at": "2027-02-08 00:00",
                         "repeats_weekly": "never"]
            let ownerBasic = try modal(ownerPanel, "Set Basic Config", "basic")
            let adaBasic = try modal(adaPanel, "Set Basic Config", "basic"), adaBase = try modal(adaPanel, "Base Points", "base")
            async let first: Void = stage.submit(ownerBasic, Self.basic, as: owner, advancing: false)
            async let second: Void = stage.submit(adaBasic, other, as: ada, advancing: false)
            async let third: Void = stage.submit(adaBase, ["base_exalt_points": "3", "base_non_exalt_points": "2"], as: ada,
                                                 advancing: false)
            _ = await (first, second, third)
            let row = try await Self.configRow(stage)
            let start1 = try #require(UTCDateTime.parse("2027-01-04 18:00")).unixMilliseconds
            let start2 = try #require(UTCDateTime.parse("2027-02-01 00:00")).unixMilliseconds
            let whole = [[1250, start1, start1 + 604_800_000, 18], [700, start2, start2 + 604_800_000, -1]]
            #expect(whole.contains(Array(row.prefix(4))))
            #expect(row[4...5] == [300, 200])
            #expect(try await stage.count("SELECT COUNT(*) FROM quota_role_config") == 1)
        }
    }
}
