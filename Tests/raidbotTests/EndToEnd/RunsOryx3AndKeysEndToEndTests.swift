import DiscordModels
import DiscordSandbox
import Storage
import Testing
@testable import raidbot

/// Oryx 3 (`/taken`, progression, realm score) and the post-run key logging, through the Discord
/// stand-in and the whole bot (issue 4).
@Suite("Oryx 3 and key logging end to end", .serialized)
struct RunsOryx3AndKeysEndToEndTests {
    @Test("Oryx 3: /taken is needed to start, then realm score, Realm Closed, Miniboss and Third Room are pinged in order")
    func oryx3() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postRun("ORYX_3")
        let panel = try #require(try await stage.openOrganizerPanel(1, on: post, as: stage.organizer))
        #expect(RunsStage.text(try await stage.press("v1:run:start:1", on: panel, as: stage.organizer)).contains("/taken"))

        let notImage = try await stage.taken(filename: "notes.txt", contentType: "text/plain")
        #expect(notImage.contains("must be an image"))
        #expect(try await stage.taken(filename: "oryx.png", contentType: "image/png").contains("Screenshot submitted"))
        let url = try await stage.harness.database.read { try $0.fetchValue("SELECT screenshot_url FROM run WHERE id = 1", as: String.self) }
        #expect(url?.hasSuffix("/oryx.png") == true)

        let current = { try #require(await stage.sandbox.guild.message(panel.id)) }
        try await stage.press("v1:run:start:1", on: try await current(), as: stage.organizer)
        let tooSoon = try await stage.submit("v1:run:realmscore_modal:1", ["score": "120"], on: try await current())
        #expect(RunsStage.text(tooSoon).contains("between 1 and 99"))
        try await stage.submit("v1:run:realmscore_modal:1", ["score": "67%"], on: try await current())
        try await stage.expectPing("**Realm Score: 67%**")
        try await stage.press("v1:run:realmclosed:1", on: try await current(), as: stage.organizer)
        try await stage.expectPing("**Realm Closed**")
        let picker = try await stage.press("v1:run:miniboss:1", on: try await current(), as: stage.organizer)
        #expect(RunsStage.text(picker).contains("miniboss"))
        let select = try #require(await stage.sandbox.guild.messages(in: post.channelID).last {
            $0.customIDs.contains("v1:run:miniboss_select:1")
        })
        let chosen = try await stage.sandbox.select("v1:run:miniboss_select:1", values: ["Gemsbok"], on: select, as: stage.organizer)
        _ = try await chosen.answer(0) { if case .callback = $0 { false } else { true } }
        try await stage.expectPing("**Mini: Gemsbok**")
        try await stage.press("v1:run:thirdroom:1", on: try await current(), as: stage.organizer)
        try await stage.expectPing("**Third Room - Join Sanctuary now!**")
        let row = try await stage.harness.database.read { connection in
            try connection.fetchOne("SELECT o3_stage, realm_score FROM run WHERE id = 1") {
                (try $0.get(0, as: String.self), try $0.get(1, as: Int.self))
            }
        }
        #expect(row?.0 == "third_room" && row?.1 == 67)
        // Realm Closed pressed again from a stale copy of the panel is refused by the rules.
        let stale = await stage.sandbox.guild.postMessage(in: post.channelID, as: stage.organizer.id, content: "old panel",
                                                          components: [.object(["type": .number(1), "components": .array([
            .object(["type": .number(2), "style": .number(1), "label": .string("Realm Closed"),
                     "custom_id": .string("v1:run:realmclosed:1")]),
        ])])])
        let again = try await stage.press("v1:run:realmclosed:1", on: stale, as: stage.organizer)
        #expect(RunsStage.text(again).contains("Cannot go to"))
        await stage.harness.stop()
    }

    @Test("after End the panel logs keys: a key offerer and someone typed in, across a restart; ledger and key counts match")
    func keyLogging() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postRun()
        let raiders = await stage.sandbox.guild.addMembers(count: 2)
        try await stage.press("v1:run:key:1:SNAKE_PIT_KEY", on: post, as: raiders[0])
        let panel = try #require(try await stage.openOrganizerPanel(1, on: post, as: stage.organizer))
        try await stage.press("v1:run:start:1", on: panel, as: stage.organizer)
        try await stage.press("v1:run:keypop:1", on: panel, as: stage.organizer)
        stage.clock.advance(by: .seconds(21))
        try await stage.press("v1:run:keypop:1", on: panel, as: stage.organizer)
        let ended = try await stage.press("v1:run:end:1", on: panel, as: stage.organizer)
        #expect(RunsStage.text(ended).contains("Keys left to log:** 2"))

        let logPanel = { try #require(await stage.sandbox.guild.message(panel.id)) }
        let picked = try await stage.sandbox.select("v1:keylog:member:1", values: ["\(raiders[0].id)"], on: try await logPanel(),
                                                   as: stage.organizer)
        _ = try await picked.answer(0) { if case .callback = $0 { false } else { true } }
        let counted = try await stage.sandbox.select("v1:keylog:count:1:\(raiders[0].id)", values: ["1"], on: try await logPanel(),
                                                    as: stage.organizer)
        let afterFirst = try await counted.answer(0) { if case .callback = $0 { false } else { true } }
        #expect(RunsStage.text(afterFirst).contains("Keys left to log:** 1"))

        try await stage.harness.restartBot()
        let unknown = try await stage.submit("v1:keylog:custom_modal:1", ["member": "nobody-by-that-name"], on: try await logPanel())
        #expect(RunsStage.text(unknown).contains("No member found"))
        let several = try await stage.submit("v1:keylog:custom_modal:1", ["member": "raider"], on: try await logPanel())
        #expect(RunsStage.text(several).contains("Several members match"))
        let choices = await stage.sandbox.guild.message(panel.id)?.components.description ?? ""
        #expect(choices.contains("raider_rin") && choices.contains(raiders[1].user.username))
        // raiders[1] never used the bot: found through Discord's member search by username.
        let found = try await stage.submit("v1:keylog:custom_modal:1", ["member": raiders[1].user.username.uppercased()],
                                           on: try await logPanel())
        #expect(RunsStage.text(found).contains("<@\(raiders[1].id)>"))
        let last = try await stage.sandbox.select("v1:keylog:count:1:\(raiders[1].id)", values: ["1"], on: try await logPanel(),
                                                 as: stage.organizer)
        let done = try await last.answer(0) { if case .callback = $0 { false } else { true } }
        #expect(RunsStage.text(done).contains("All keys logged"))

        let keyEvents = try await stage.subjects().filter { $0.hasPrefix("key_pop:") }
        #expect(keyEvents.count == 2)
        #expect(try await stage.count("SELECT SUM(points) FROM quota_event WHERE subject_id LIKE 'key_pop:%'") == 1000)
        #expect(try await stage.count("SELECT SUM(count) FROM key_pop WHERE dungeon_key = 'SNAKE_PIT'") == 2)
        #expect(try await stage.count("SELECT status = 'completed' FROM key_logging_session WHERE run_id = 1") == 1)
        await stage.harness.stop()
    }
}

extension RunsStage {
    /// `/taken` with an uploaded file as the organizer; the answer's text.
    func taken(filename: String, contentType: String) async throws -> String {
        let handle = try await sandbox.run(command: "taken", options: [
            .attachment("screenshot", filename: filename, contentType: contentType),
        ], as: organizer)
        return RunsStage.text(try await handle.answer(0) { if case .callback = $0 { false } else { true } })
    }

    /// Waits for a ping in the raid channel starting with `text`.
    func expectPing(_ text: String) async throws {
        let raid = raidChannel
        _ = try await sandbox.firstRequest {
            $0.method == "POST" && $0.path.hasSuffix("/channels/\(raid)/messages")
                && ($0.body?["content"]?.asString?.hasPrefix(text) ?? false)
        }
    }
}
