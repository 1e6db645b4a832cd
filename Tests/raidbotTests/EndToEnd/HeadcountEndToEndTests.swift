import DiscordModels
import DiscordSandbox
import Storage
import Testing
@testable import raidbot

/// Headcounts through the Discord stand-in and the whole bot, across a restart (defect 18).
@Suite("Headcounts end to end", .serialized)
struct HeadcountEndToEndTests {
    @Test("a headcount survives a restart: joins and keys before and after it, then conversion carries the keys")
    func restartThenConvert() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postHeadcount(["NEST", "SHATTERS"])
        #expect(post.content == "@here")
        let raiders = await stage.sandbox.guild.addMembers(count: 5)
        for raider in raiders.prefix(3) { try await stage.press("v1:hc:join:1", on: post, as: raider) }
        for raider in raiders.prefix(2) {
            try await stage.press("v1:hc:key:1:SHATTERS:SHATTERS_KEY", on: post, as: raider)
        }
        try await stage.press("v1:hc:key:1:NEST:NEST_KEY", on: post, as: raiders[2])

        try await stage.harness.restartBot()

        for raider in raiders.suffix(2) { try await stage.press("v1:hc:join:1", on: post, as: raider) }
        let keyAnswer = try await stage.press("v1:hc:key:1:SHATTERS:SHATTERS_KEY", on: post, as: raiders[4])
        #expect(RunsStage.text(keyAnswer).contains("Shatters"))
        #expect(try await stage.count("SELECT COUNT(*) FROM headcount_participant WHERE headcount_id = 1") == 6)
        // The organizer panel shown by /headcount before the restart is still redrawn through its webhook.
        _ = try await stage.sandbox.firstRequest { request in
            request.method == "PATCH" && request.path.contains("/webhooks/")
                && (request.body?["embeds"]?.asArray?.first?["description"]?.asString?.contains("**Participants:** 6") ?? false)
        }
        try await stage.awaitHeadcountPanel(post) { $0["description"]?.asString?.contains("Shatters: **3**") == true }

        let panel = try #require(try await stage.openHeadcountPanel(on: post, as: stage.organizer))
        #expect(RunsStage.textOf(panel).contains("**Participants:** 6"))
        try await stage.press("v1:hc:convert:1", on: panel, as: stage.organizer)
        let picker = try #require(await stage.sandbox.guild.message(panel.id))
        let handle = try await stage.sandbox.select("v1:hc:convert_pick:1", values: ["SHATTERS"], on: picker, as: stage.organizer)
        let converted = try await handle.answer(0) { if case .callback = $0 { false } else { true } }
        #expect(RunsStage.text(converted).contains("Headcount Converted"))

        #expect(try await stage.count("SELECT COUNT(*) FROM run WHERE dungeon_key = 'SHATTERS' AND organizer_id = \(stage.organizer.id)") == 1)
        #expect(try await stage.count("SELECT COUNT(*) FROM key_reaction WHERE run_id = 1 AND source = 'headcount' AND key_type = 'SHATTERS_KEY'") == 3)
        #expect(try await stage.count("SELECT COUNT(*) FROM key_reaction WHERE run_id = 1") == 3)
        #expect(try await stage.count("SELECT COUNT(*) FROM reaction WHERE run_id = 1 AND state = 'join'") == 1)
        #expect(try await stage.count("SELECT COUNT(*) FROM headcount WHERE id = 1 AND status = 'converted' AND converted_run_id = 1") == 1)
        #expect(await stage.sandbox.guild.message(post.id) == nil)
        let runPanel = try #require(await stage.sandbox.guild.messages(in: stage.raidChannel).last {
            $0.customIDs.contains("v1:run:join:1")
        })
        #expect(runPanel.content.hasPrefix("@here <@&"))
        #expect(try await stage.count("SELECT COUNT(*) FROM run WHERE id = 1 AND post_message_id = \(runPanel.id)") == 1)
        await stage.harness.stop()
    }

    @Test("a raider pressing End is refused, a forged id is refused, and /run waits for the headcount to close")
    func refusals() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postHeadcount(["SHATTERS"])
        let stranger = await stage.sandbox.guild.addMember(username: "mallory")
        let panel = try #require(try await stage.openHeadcountPanel(on: post, as: stage.organizer))
        let refused = try await stage.press("v1:hc:end:1", on: panel, as: stranger)
        #expect(RunsStage.text(refused).contains("Organizer role"))
        #expect(try await stage.count("SELECT COUNT(*) FROM headcount WHERE status = 'active'") == 1)

        let forged = await stage.sandbox.guild.postMessage(in: post.channelID, as: stranger.id, content: "copy",
                                                           components: [.object(["type": .number(1), "components": .array([
            .object(["type": .number(2), "style": .number(1), "label": .string("Join"), "custom_id": .string("v1:hc:join:1")]),
        ])])])
        let forgedAnswer = try await stage.press("v1:hc:join:1", on: forged, as: stranger)
        #expect(RunsStage.text(forgedAnswer).contains("does not belong"))
        #expect(try await stage.count("SELECT COUNT(*) FROM headcount_participant") == 1)

        let run = try await stage.sandbox.run(command: "run", options: [.string("dungeon", "SNAKE_PIT")],
                                              in: stage.raidChannel, as: stage.organizer)
        #expect(RunsStage.text(try await run.originalEdit).contains("active headcount"))
        #expect(try await stage.count("SELECT COUNT(*) FROM run") == 0)

        let ended = try await stage.press("v1:hc:end:1", on: panel, as: stage.organizer)
        #expect(RunsStage.text(ended).contains("Headcount Ended"))
        try await stage.awaitHeadcountPanel(post) { $0["title"]?.asString?.hasPrefix("❌") == true }
        let closedPost = try #require(await stage.sandbox.guild.message(post.id))
        #expect(closedPost.customIDs.isEmpty)
        #expect(closedPost.embeds.first?["title"]?.asString == "❌ Headcount Ended: Shatters")
        await stage.harness.stop()
    }

    @Test("a panel Discord refused to post leaves no headcount behind to block the organizer")
    func refusedPostDoesNotBlock() async throws {
        let stage = try await RunsStage.make()
        await stage.sandbox.inject(.serverError(status: 502),
                                   on: RouteSelector(method: "POST", route: "/channels/{channel.id}/messages"))
        let command = try await stage.sandbox.run(command: "headcount", in: stage.raidChannel, as: stage.organizer)
        _ = try await command.originalEdit
        let picker = try #require(await stage.sandbox.guild.messages(in: stage.raidChannel).last {
            $0.interactionID == command.id
        })
        let pick = try await stage.sandbox.select("v1:hc:pick_exalt", values: ["SHATTERS"], on: picker, as: stage.organizer)
        _ = try await pick.answer(0) { if case .callback = $0 { false } else { true } }
        let create = try await stage.sandbox.click("v1:hc:create", on: picker, as: stage.organizer)
        _ = try await create.followup // the failure, told privately
        #expect(try await stage.count("SELECT COUNT(*) FROM headcount WHERE status = 'ended'") == 1)
        let post = try await stage.postHeadcount(["SHATTERS"], expectedID: 2)
        #expect(post.customIDs.contains("v1:hc:join:2"))
        await stage.harness.stop()
    }
}

extension RunsStage {
    /// `/headcount`, the picker's exalt select with `codes`, then Create; returns the public panel.
    func postHeadcount(_ codes: [String], expectedID: Int64 = 1) async throws -> SandboxMessage {
        let command = try await sandbox.run(command: "headcount", in: raidChannel, as: organizer)
        _ = try await command.originalEdit
        let picker = try #require(await sandbox.guild.messages(in: raidChannel).last { $0.interactionID == command.id })
        let pick = try await sandbox.select("v1:hc:pick_exalt", values: codes, on: picker, as: organizer)
        _ = try await pick.answer(0) { if case .callback = $0 { false } else { true } }
        let create = try await sandbox.click("v1:hc:create", on: picker, as: organizer)
        _ = try await create.followup // the organizer panel follows the link
        return try #require(await sandbox.guild.messages(in: raidChannel).last {
            $0.customIDs.contains("v1:hc:join:\(expectedID)")
        })
    }

    /// Opens the headcount organizer panel as `member`; returns the ephemeral panel message.
    func openHeadcountPanel(on post: SandboxMessage, as member: SandboxMember) async throws -> SandboxMessage? {
        let handle = try await sandbox.click("v1:hc:org:1", on: post, as: member)
        _ = try await handle.answer(0) { if case .callback = $0 { false } else { true } }
        return await sandbox.guild.messages(in: post.channelID).last { $0.interactionID == handle.id }
    }

    /// Waits until an edit of the public headcount panel has an embed matching `matches`.
    func awaitHeadcountPanel(_ message: SandboxMessage, _ matches: @escaping @Sendable (JSONValue) -> Bool) async throws {
        let path = "/channels/\(message.channelID)/messages/\(message.id)"
        _ = try await sandbox.firstRequest { request in
            guard request.method == "PATCH", request.path.hasSuffix(path),
                  let embed = request.body?["embeds"]?.asArray?.first else { return false }
            return matches(embed)
        }
    }

    /// The text of a stored message: its content, else its first embed's title and description.
    static func textOf(_ message: SandboxMessage) -> String {
        let embed = message.embeds.first
        return [message.content, embed?["title"]?.asString, embed?["description"]?.asString]
            .compactMap { $0 }.joined(separator: "\n")
    }
}
