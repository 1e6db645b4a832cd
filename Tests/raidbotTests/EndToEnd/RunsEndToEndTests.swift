import DiscordModels
import DiscordSandbox
import Storage
import Testing
@testable import raidbot

/// Runs through the Discord stand-in and the whole bot (issue 4, Proof).
@Suite("Runs end to end", .serialized)
struct RunsEndToEndTests {
    @Test("a full run: 30 join, 12 classes, 3 keys, two pops with joins between, end; awards match the snapshots")
    func fullRun() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postRun()
        let runID: Int64 = 1
        let raiders = await stage.sandbox.guild.addMembers(count: 32)
        for raider in raiders.prefix(30) { try await stage.press("v1:run:join:\(runID)", on: post, as: raider) }
        for raider in raiders.prefix(12) {
            let handle = try await stage.sandbox.select("v1:run:class:\(runID)", values: ["Priest"], on: post, as: raider)
            _ = try await handle.answer(0) { if case .callback = $0 { false } else { true } }
        }
        for raider in raiders.suffix(3) {
            try await stage.press("v1:run:key:\(runID):SNAKE_PIT_KEY", on: post, as: raider)
        }
        try await stage.awaitPanel(post, joined: 31)
        let panel = try #require(try await stage.openOrganizerPanel(runID, on: post, as: stage.organizer))
        try await stage.press("v1:run:start:\(runID)", on: panel, as: stage.organizer)
        try await stage.press("v1:run:keypop:\(runID)", on: panel, as: stage.organizer)
        for raider in raiders.suffix(2) { try await stage.press("v1:run:join:\(runID)", on: post, as: raider) }
        stage.clock.advance(by: .seconds(21)) // key pops are rate-limited to one per 20 s
        try await stage.press("v1:run:keypop:\(runID)", on: panel, as: stage.organizer)
        try await stage.press("v1:run:end:\(runID)", on: panel, as: stage.organizer)
        try await stage.awaitPanel(post, joined: 33, title: "✅ Ended")

        let subjects = try await stage.subjects()
        let popCount = try await stage.count("SELECT key_pop_count FROM run WHERE id = 1")
        #expect(try await stage.count("SELECT COUNT(*) FROM reaction WHERE run_id = 1 AND class = 'Priest'") == 12)
        #expect(try await stage.count("SELECT COUNT(*) FROM key_reaction WHERE run_id = 1") == 3)
        for pop in 1...popCount {
            let snapshot = try await stage.count("SELECT COUNT(*) FROM key_pop_snapshot WHERE run_id = 1 AND key_pop_number = \(pop)")
            #expect(subjects.filter { $0.hasPrefix("raider:1:\(pop):") }.count == snapshot)
            #expect(subjects.filter { $0 == "run:1:keypop:\(pop)" }.count == 1)
        }
        #expect(popCount == 2)
        #expect(try await stage.count("SELECT COUNT(*) FROM key_pop_snapshot WHERE run_id = 1 AND key_pop_number = 2") == 33)
        #expect(try await stage.count("SELECT SUM(quota_points) FROM quota_event WHERE actor_user_id = \(stage.organizer.id)") == 600)
        // The run role is deleted after End in the background; stopping the bot drains that work.
        _ = try await stage.sandbox.firstRequest { $0.method == "DELETE" && $0.path.contains("/roles/") }
        await stage.harness.stopBot()
        let reopened = try Database(configuration: stage.harness.configuration.database, migrations: Migration.bundled)
        let deletedRoles = try await reopened.read {
            try $0.fetchValue("SELECT COUNT(*) FROM run_role WHERE deleted_at IS NOT NULL", as: Int.self)
        }
        #expect(deletedRoles == 1)
        await reopened.close()
        await stage.harness.stop()
    }

    @Test("a raider without a staff role pressing organizer buttons changes nothing")
    func nonOrganizerIsRefused() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postRun()
        let stranger = await stage.sandbox.guild.addMember(username: "mallory")
        let panel = try await stage.openOrganizerPanel(1, on: post, as: stage.organizer)
        let refused = try await stage.press("v1:run:org:1", on: post, as: stranger)
        #expect(RunsStage.text(refused).contains("Organizer role"))
        #expect(!RunsStage.text(refused).contains("Organizer Panel"))
        let panelMessage = try #require(panel)
        let cancel = try await stage.press("v1:run:cancel:1", on: panelMessage, as: stranger)
        #expect(RunsStage.text(cancel).contains("Organizer role"))
        #expect(try await stage.count("SELECT COUNT(*) FROM run WHERE status = 'open'") == 1)
        await stage.harness.stop()
    }

    @Test("join after lock, a suspended member, and a forged custom_id are refused cleanly")
    func refusals() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postRun()
        let guildID = stage.sandbox.configuration.guildID
        let members = await stage.sandbox.guild.addMembers(count: 3)
        try await stage.harness.database.write { connection in
            try connection.execute("""
                INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, expires_at, active, created_at)
                VALUES ('0123456789abcdef01234567', ?1, ?2, 1, 'suspend', 'test', 9999999999999, 1, 0)
                """, guildID.rawValue, members[0].id.rawValue)
        }
        let suspended = try await stage.press("v1:run:join:1", on: post, as: members[0])
        #expect(RunsStage.text(suspended).contains("suspended"))
        let panel = try #require(try await stage.openOrganizerPanel(1, on: post, as: stage.organizer))
        try await stage.press("v1:run:lockjoin:1", on: panel, as: stage.organizer)
        #expect(try await stage.count("SELECT join_locked FROM run WHERE id = 1") == 1)
        // The Join button is disabled now; a client sending it anyway is refused by the rules.
        let locked = try await stage.press("v1:run:join:1", on: post, as: members[1])
        #expect(RunsStage.text(locked).contains("locked"))
        // A forged id: run 1's Join button copied onto another message.
        let forged = await stage.sandbox.guild.postMessage(in: post.channelID, as: members[2].id, content: "copy",
                                                           components: [.object(["type": .number(1), "components": .array([
            .object(["type": .number(2), "style": .number(1), "label": .string("Join"), "custom_id": .string("v1:run:join:1")]),
        ])])])
        let forgedHandle = try await stage.sandbox.click("v1:run:join:1", on: forged, as: members[2])
        let answer = try await forgedHandle.answer(0) { if case .callback = $0 { false } else { true } }
        #expect(RunsStage.text(answer).contains("does not belong"))
        // Garbage in the id: a version the bot never wrote.
        let garbage = await stage.sandbox.guild.postMessage(in: post.channelID, as: members[2].id, content: "old",
                                                            components: [.object(["type": .number(1), "components": .array([
            .object(["type": .number(2), "style": .number(1), "label": .string("Join"), "custom_id": .string("run:join:1")]),
        ])])])
        let garbageHandle = try await stage.sandbox.click("run:join:1", on: garbage, as: members[2])
        let garbageAnswer = try await garbageHandle.callback
        #expect(garbageAnswer.accepted && garbageAnswer.isEphemeral)
        #expect(try await stage.count("SELECT COUNT(*) FROM reaction WHERE run_id = 1 AND state = 'join'") == 1)
        await stage.harness.stop()
    }

    @Test("the acknowledgement of /run is recorded before any other request of that interaction")
    func acknowledgementFirst() async throws {
        let stage = try await RunsStage.make()
        let handle = try await stage.sandbox.run(command: "run", options: [.string("dungeon", "SNAKE_PIT")],
                                                 as: stage.organizer)
        let callback = try await handle.answer(0)
        _ = try await handle.followup
        guard case .callback(let type) = callback.kind else { Issue.record("first answer was \(callback.kind)"); return }
        #expect(type == 5)
        let channel = stage.raidChannel
        let post = try await stage.sandbox.firstRequest { $0.method == "POST" && $0.path.hasSuffix("/channels/\(channel)/messages") }
        #expect(callback.receivedAt <= post.receivedAt)
        await stage.harness.stop()
    }

    @Test("the expired-runs task auto-ends a live run and credits the organizer from her own roles")
    func autoEnd() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postRun()
        let panel = try #require(try await stage.openOrganizerPanel(1, on: post, as: stage.organizer))
        try await stage.press("v1:run:start:1", on: panel, as: stage.organizer)
        stage.clock.advance(by: .seconds(125 * 60))
        try await stage.awaitPanel(post, joined: 1, title: "✅ Ended")
        let reason = try await stage.harness.database.read {
            try $0.fetchValue("SELECT end_reason FROM run WHERE id = 1", as: String.self)
        }
        #expect(reason == "auto_ended")
        #expect(try await stage.subjects().contains("run:1"))
        #expect(try await stage.count("SELECT COUNT(*) FROM audit WHERE action = 'run.ended' AND actor_id IS NULL") == 1)
        await stage.harness.stop()
    }

    @Test("the bot restarted mid-run carries on: joins before and after count, awards at the end")
    func restartMidRun() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postRun()
        let raiders = await stage.sandbox.guild.addMembers(count: 3)
        for raider in raiders.prefix(2) { try await stage.press("v1:run:join:1", on: post, as: raider) }
        try await stage.harness.restartBot()
        try await stage.press("v1:run:join:1", on: post, as: raiders[2])
        let panel = try #require(try await stage.openOrganizerPanel(1, on: post, as: stage.organizer))
        try await stage.press("v1:run:start:1", on: panel, as: stage.organizer)
        try await stage.press("v1:run:end:1", on: panel, as: stage.organizer)
        try await stage.awaitPanel(post, joined: 4, title: "✅ Ended")
        let subjects = try await stage.subjects()
        #expect(subjects.filter { $0.hasPrefix("raider:1:") }.count == 4)
        #expect(subjects.contains("run:1"))
        await stage.harness.stop()
    }

    @Test("end and cancel pressed together: exactly one wins")
    func endAndCancelTogether() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postRun()
        let panel = try #require(try await stage.openOrganizerPanel(1, on: post, as: stage.organizer))
        try await stage.press("v1:run:start:1", on: panel, as: stage.organizer)
        let live = try #require(await stage.sandbox.guild.message(panel.id))
        async let end = stage.sandbox.click("v1:run:end:1", on: live, as: stage.organizer)
        async let cancel = stage.sandbox.click("v1:run:cancel:1", on: live, as: stage.organizer)
        let handles = try await [end, cancel]
        for handle in handles { _ = try await handle.answer(0) { if case .callback = $0 { false } else { true } } }
        let reason = try await stage.harness.database.read {
            try $0.fetchValue("SELECT end_reason FROM run WHERE id = 1", as: String.self)
        }
        #expect(reason == "ended" || reason == "cancelled")
        #expect(try await stage.count("SELECT COUNT(*) FROM audit WHERE action IN ('run.ended', 'run.cancelled')") == 1)
        let texts = try await handles.asyncMap { RunsStage.text(try await $0.answer(0) { if case .callback = $0 { false } else { true } }) }
        #expect(texts.contains { $0.contains("already ended") || $0.contains("Action In Progress") })
        await stage.harness.stop()
    }
}

extension Array where Element: Sendable {
    /// Maps in order, awaiting each element.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
