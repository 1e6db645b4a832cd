import DiscordModels
import DiscordSandbox
import FeatureKit
import Testing
import TestSupport

/// /unsuspend, /unmute and /removepunishment: rows marked removed, roles taken through the outbox.
@Suite("Removal commands", .timeLimit(.minutes(1)))
struct RemovalCommandTests {
    @Test("unsuspend removes the row in force and, through the outbox, the role")
    func unsuspendLifts() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            await stage.run("suspend", [Option.user(rin.id), Option.text("duration", "3d"), Option.reason()], as: security)
            await stage.run("unsuspend", [Option.user(rin.id), Option.reason("Appeal accepted")], as: security)
            #expect(await stage.lastAnswer() == "Suspension Lifted")
            #expect(try await stage.count("SELECT count(*) FROM punishment WHERE active = 1") == 0)
            #expect(try await stage.count("SELECT count(*) FROM punishment WHERE removed_by IS NOT NULL") == 1)
            await stage.drainOutbox()
            #expect(try await !stage.holds("Suspended", rin.id))
            #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'punishment.removed'") == 1)
        }
    }

    @Test("unmute of a member with no mute in force is refused and changes nothing")
    func unmuteWithoutMute() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            await stage.run("unmute", [Option.user(rin.id), Option.reason()], as: security)
            #expect(await stage.lastAnswer().contains("no active mute"))
            #expect(await stage.directMessages(to: rin.id).isEmpty)
        }
    }

    @Test("removepunishment refuses malformed and unknown ids and ids of another guild", arguments: [
        ("not-an-id", "is not a punishment or note id"),
        ("ABCDEF0123456789abcdef0g", "is not a punishment or note id"),
        ("0123456789abcdef01234567", "No punishment or note"),
        ("aaaaaaaaaaaaaaaaaaaaaaaa", "No punishment or note"),
    ])
    func removeRefusesBadIDs(id: String, answer: String) async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam")
            // Given a punishment with id aaaa… in another guild
            try await stage.db.database.write { connection in
                try connection.execute("""
                    INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, created_at)
                    VALUES ('aaaaaaaaaaaaaaaaaaaaaaaa', 42, 7, 8, 'warn', 'elsewhere', 0)
                    """)
            }
            await stage.run("removepunishment", [Option.text("id", id), Option.reason()], as: security)
            #expect(await stage.lastAnswer().contains(answer))
            #expect(try await stage.count("SELECT count(*) FROM punishment WHERE active = 0") == 0)
        }
    }

    @Test("removepunishment marks a mute removed and takes its role; a second removal is refused")
    func removePunishmentByID() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            await stage.run("mute", [Option.user(rin.id), Option.text("duration", "2h"), Option.reason()], as: security)
            #expect(try await stage.holds("Muted", rin.id))
            let id = try #require(try await stage.db.database.read { try $0.fetchValue("SELECT id FROM punishment", as: String.self) })
            await stage.run("removepunishment", [Option.text("id", id.uppercased()), Option.reason("Mistake")], as: security)
            #expect(await stage.lastAnswer() == "Mute Lifted")
            await stage.drainOutbox()
            #expect(try await !stage.holds("Muted", rin.id))
            await stage.run("removepunishment", [Option.text("id", id), Option.reason("Again")], as: security)
            #expect(await stage.lastAnswer().contains("no longer active"))
            #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'punishment.removed'") == 1)
        }
    }

    @Test("removepunishment with a note id deletes the note; the audit keeps its text")
    func removeNote() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            let guildID = stage.sandbox.configuration.guildID
            try await stage.db.database.write { connection in
                try connection.execute("""
                    INSERT INTO note (id, guild_id, user_id, moderator_id, note_text, created_at)
                    VALUES ('bbbbbbbbbbbbbbbbbbbbbbbb', ?1, ?2, 8, 'Says "hi" a lot', 0)
                    """, guildID, rin.id)
            }
            await stage.run("removepunishment", [Option.text("id", "bbbbbbbbbbbbbbbbbbbbbbbb"), Option.reason()], as: security)
            #expect(await stage.lastAnswer() == "Note Removed")
            #expect(try await stage.count("SELECT count(*) FROM note") == 0)
            let meta = try await stage.db.database.read {
                try $0.fetchValue("SELECT json_extract(meta, '$.text') FROM audit WHERE action = 'note.removed'", as: String.self)
            }
            #expect(meta == "Says \"hi\" a lot")
        }
    }
}
