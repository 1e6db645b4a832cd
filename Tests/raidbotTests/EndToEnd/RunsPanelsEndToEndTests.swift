import DiscordModels
import DiscordSandbox
import Storage
import Testing
@testable import raidbot

/// The organizer panel's later parts through the Discord stand-in and the whole bot (issue 4):
/// staff access, live refresh of remembered panels, chain amount, dungeon ping roles.
@Suite("Run panels end to end", .serialized)
struct RunsPanelsEndToEndTests {
    @Test("staff confirm before opening someone else's panel; the organizer's panel is redrawn live as raiders join")
    func staffAccessAndLiveRefresh() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postRun()
        let staff = await stage.sandbox.guild.addMember(username: "bob", roles: [stage.organizerRole])
        func askForAccess() async throws -> SandboxMessage {
            let asked = try await stage.press("v1:run:org:1", on: post, as: staff)
            #expect(RunsStage.text(asked).contains("Confirm Access"))
            #expect(!RunsStage.text(asked).contains("Raiders Joined"))
            return try #require(await stage.sandbox.guild.messages(in: post.channelID).last {
                $0.customIDs.contains("v1:run:org_confirm:1")
            })
        }
        let denied = try await stage.press("v1:run:org_deny:1", on: try await askForAccess(), as: staff)
        #expect(RunsStage.text(denied).contains("Access denied"))
        let confirmation = try await askForAccess()
        let opened = try await stage.press("v1:run:org_confirm:1", on: confirmation, as: staff)
        #expect(RunsStage.text(opened).contains("Raiders Joined:** 1"))
        #expect(try await stage.count("SELECT COUNT(*) FROM audit WHERE action = 'run.panel.staff_access'") == 1)
        #expect(try await stage.count("SELECT COUNT(*) FROM organizer_panel WHERE run_id = 1") == 2)

        let raider = await stage.sandbox.guild.addMember(username: "carol")
        try await stage.press("v1:run:join:1", on: post, as: raider)
        // Both remembered panels (alice's /run follow-up and bob's) are edited through their webhooks.
        for original in [true, false] { // bob's panel is his confirm's original response, alice's a follow-up
            _ = try await stage.sandbox.firstRequest { request in
                request.method == "PATCH" && request.path.contains("/webhooks/")
                    && request.path.hasSuffix("/messages/@original") == original
                    && (request.body?["embeds"]?.asArray?.first?["description"]?.asString?.contains("Raiders Joined:** 2") ?? false)
            }
        }
        await stage.harness.stop()
    }

    @Test("after a restart, a join still redraws the organizer's panel the bot remembered before it")
    func panelRefreshSurvivesARestart() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postRun()
        try await stage.harness.restartBot()
        let raider = await stage.sandbox.guild.addMember(username: "dave")
        try await stage.press("v1:run:join:1", on: post, as: raider)
        let edit = try await stage.sandbox.firstRequest { request in
            request.method == "PATCH" && request.path.contains("/webhooks/") && !request.path.hasSuffix("@original")
                && (request.body?["embeds"]?.asArray?.first?["description"]?.asString?.contains("Raiders Joined:** 2") ?? false)
        }
        #expect(edit.status == 200)
        await stage.harness.stop()
    }

    @Test("a run whose panel Discord refuses is cancelled and its role deleted; the organizer can post again")
    func refusedPanelCancelsTheRun() async throws {
        let stage = try await RunsStage.make()
        await stage.sandbox.inject(.serverError(status: 502),
                                   on: RouteSelector(method: "POST", route: "/channels/{channel.id}/messages"))
        let refused = try await stage.sandbox.run(command: "run", options: [.string("dungeon", "SNAKE_PIT")], as: stage.organizer)
        let answer = try await refused.answer(0) { if case .callback = $0 { false } else { true } }
        #expect(!RunsStage.text(answer).contains("Run created"))
        #expect(try await stage.count("SELECT COUNT(*) FROM run WHERE id = 1 AND end_reason = 'cancelled'") == 1)
        _ = try await stage.sandbox.firstRequest { $0.method == "DELETE" && $0.path.contains("/roles/") }
        _ = try await stage.postRun()
        #expect(try await stage.count("SELECT COUNT(*) FROM run WHERE status = 'open'") == 1)
        await stage.harness.stop()
    }

    @Test("an empty dungeon query suggests the guild's recent dungeons, newest first, also after a restart")
    func recentDungeons() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postRun("SNAKE_PIT")
        let panel = try #require(try await stage.openOrganizerPanel(1, on: post, as: stage.organizer))
        try await stage.press("v1:run:cancel:1", on: panel, as: stage.organizer)
        _ = try await stage.postRun("THE_VOID")
        try await stage.harness.restartBot()
        let handle = try await stage.sandbox.autocomplete(command: "run", options: [.string("dungeon", "", focused: true)],
                                                          as: stage.organizer)
        let choices = try await handle.callback.data?["choices"]?.asArray?.compactMap { $0["value"]?.asString }
        #expect(choices == ["THE_VOID", "SNAKE_PIT"])
        await stage.harness.stop()
    }

    @Test("the chain amount is set from its modal, refused when not a number, and shown once keys pop")
    func chainAmount() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postRun()
        let panel = try #require(try await stage.openOrganizerPanel(1, on: post, as: stage.organizer))
        let bad = try await stage.submit("v1:run:chain_modal:1", ["chain": "lots"], on: panel)
        #expect(RunsStage.text(bad).contains("number"))
        try await stage.submit("v1:run:chain_modal:1", ["chain": "5"], on: panel)
        #expect(try await stage.count("SELECT chain_amount FROM run WHERE id = 1") == 5)
        try await stage.press("v1:run:start:1", on: panel, as: stage.organizer)
        try await stage.press("v1:run:keypop:1", on: panel, as: stage.organizer)
        try await stage.awaitPanel(post, joined: 1, title: "🟢 LIVE: Snake Pit | Chain 1/5")
        await stage.harness.stop()
    }

    @Test("a configured dungeon ping role is pinged when the run is posted, when it starts, and in early-loc")
    func dungeonPingRole() async throws {
        let stage = try await RunsStage.make()
        let guildID = stage.sandbox.configuration.guildID
        let pingRole = await stage.sandbox.guild.addRole(name: "Snake Pit Pings", position: 1)
        let earlyLoc = await stage.sandbox.guild.addChannel(name: "early-loc")
        try await stage.harness.database.write { connection in
            try connection.execute("INSERT INTO guild (id, name, created_at) VALUES (?1, 'Guild', 0) ON CONFLICT DO NOTHING", guildID.rawValue)
            try connection.execute("""
                INSERT INTO dungeon_role_ping (guild_id, dungeon_key, discord_role_id, created_at, updated_at)
                VALUES (?1, 'SNAKE_PIT', ?2, 0, 0)
                """, guildID.rawValue, pingRole.id.rawValue)
            try connection.execute("""
                INSERT INTO guild_channel (guild_id, channel_key, discord_channel_id, updated_at) VALUES (?1, 'early_loc', ?2, 0)
                """, guildID.rawValue, earlyLoc.id.rawValue)
        }
        let post = try await stage.postRun()
        #expect(post.content.contains("<@&\(pingRole.id)>"))
        let panel = try #require(try await stage.openOrganizerPanel(1, on: post, as: stage.organizer))
        try await stage.press("v1:run:start:1", on: panel, as: stage.organizer)
        let raid = stage.raidChannel, early = earlyLoc.id
        let ping = try await stage.sandbox.firstRequest {
            $0.method == "POST" && $0.path.hasSuffix("/channels/\(raid)/messages")
                && ($0.body?["content"]?.asString?.contains("Raid Starting!") ?? false)
        }
        #expect(ping.body?["content"]?.asString?.contains("<@&\(pingRole.id)>") == true)
        #expect(ping.body?["allowed_mentions"]?["roles"]?.asArray?.contains { $0.asString == pingRole.id.description } == true)
        let notice = try await stage.sandbox.firstRequest { $0.method == "POST" && $0.path.hasSuffix("/channels/\(early)/messages") }
        #expect(notice.body?["content"]?.asString == "<@&\(pingRole.id)>")
        await stage.harness.stop()
    }
}
