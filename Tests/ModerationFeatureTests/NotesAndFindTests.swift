import DiscordModels
import DiscordSandbox
import FeatureKit
import Testing
import TestSupport

/// /addnote and /find: notes with their points, the three tabs, paging, invoker-only buttons whose
/// state survives a restart.
@Suite("Notes and /find", .timeLimit(.minutes(1)))
struct NotesAndFindTests {
    @Test("a note is stored, audited and answered; a 1001-character note or a self-note writes nothing")
    func addNote() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            await stage.run("addnote", [Option.user(rin.id), Option.text("note", "Alt of a banned player")], as: security)
            #expect(await stage.lastAnswer() == "📝 Staff Note Added")
            #expect(try await stage.count("SELECT count(*) FROM note") == 1)
            #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'note.created'") == 1)
            #expect(try await stage.count("SELECT count(*) FROM quota_event WHERE subject_id LIKE 'addnote:%'") == 1)
            await stage.run("addnote", [Option.user(rin.id), Option.text("note", String(repeating: "n", count: 1001))],
                            as: security)
            #expect(await stage.lastAnswer().contains("Note must be at most 1000"))
            await stage.run("addnote", [Option.user(security.id), Option.text("note", "me")], as: security)
            #expect(await stage.lastAnswer().contains("yourself"))
            #expect(try await stage.count("SELECT count(*) FROM note") == 1)
        }
    }

    @Test("find pages through twelve warnings five at a time, switches tabs, and keeps working after a restart")
    func findPagesAndTabs() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            let guildID = stage.sandbox.configuration.guildID
            try await stage.db.database.write { connection in
                for index in 0..<12 {
                    try connection.execute("""
                        INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, created_at)
                        VALUES (printf('%024x', ?3), ?1, ?2, 8, 'warn', 'warning ' || ?3, ?3)
                        """, guildID, rin.id, index + 1)
                }
                try connection.execute("""
                    INSERT INTO note (id, guild_id, user_id, moderator_id, note_text, created_at)
                    VALUES ('cccccccccccccccccccccccc', ?1, ?2, 8, 'watch them', 0)
                    """, guildID, rin.id)
            }
            await stage.run("find", [Option.user(rin.id)], as: security)
            #expect(await stage.lastAnswer() == "🔎 User Info")
            #expect(await stage.buttons().count == 8)
            await stage.press(try #require(await stage.buttons()["Punishments"]), as: security)
            #expect(await stage.responder.lastEdit?.embeds?.count == 6)
            #expect(await stage.buttons()["1/3"] != nil)
            let next = try #require(await stage.buttons()["▶"])
            // A restarted bot reads the state from the custom_id alone
            let restarted = try await stage.restarted()
            await restarted.press(next, as: security)
            #expect(await restarted.buttons()["2/3"] != nil)
            await restarted.press(try #require(await restarted.buttons()["⏭"]), as: security)
            #expect(await restarted.buttons()["3/3"] != nil)
            #expect(await restarted.responder.lastEdit?.embeds?.count == 3)
            await restarted.press(try #require(await restarted.buttons()["Notes"]), as: security)
            #expect(await restarted.responder.lastEdit?.embeds?.last?.description == "watch them")
            restarted.rest.shutdown()
        }
    }

    @Test("only the invoker may press the buttons")
    func invokerOnly() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            let admin = try await stage.member("guild_owner")
            await stage.run("find", [Option.user(rin.id)], as: security)
            let tab = try #require(await stage.buttons()["Notes"])
            await stage.press(tab, as: admin)
            #expect(await stage.responder.lastText?.contains("Only the member who ran this") == true)
        }
    }

    @Test("the status wording follows the incumbent")
    func statusWording() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            await stage.run("suspend", [Option.user(rin.id), Option.text("duration", "1h"), Option.reason()], as: security)
            await stage.run("suspend", [Option.user(rin.id), Option.text("duration", "1h"), Option.reason()], as: security)
            await stage.run("find", [Option.user(rin.id), CommandInteractionOption(name: "active_only", type: .boolean,
                                                                                  value: .boolean(false))], as: security)
            await stage.press(try #require(await stage.buttons()["Punishments"]), as: security)
            let statuses = await stage.responder.lastEdit?.embeds?.dropFirst()
                .compactMap { $0.fields?.first { $0.name == "Status" }?.value } ?? []
            #expect(statuses.sorted() == ["Currently Suspended", "Extended to New Suspension"])
        }
    }
}
