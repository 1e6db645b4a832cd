import DiscordModels
import DiscordSandbox
import FeatureKit
import RaidDomain
import Testing
import TestSupport

/// /warn, /suspend, /mute through the router, the real database and the Discord stand-in.
@Suite("Punishment commands", .timeLimit(.minutes(1)))
struct PunishmentCommandTests {
    static let activeSuspensions = "SELECT count(*) FROM punishment WHERE type = 'suspend' AND active = 1"

    @Test("a warning is DMed first, stored with a 24-hex id, audited, credited, answered and logged")
    func warnWritesEverything() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            // Given a quota config worth 1.50 per warning on the Security role
            let securityRole = try #require(await stage.sandbox.guild.role(named: "Security")).id
            try await stage.db.database.write { connection in
                try connection.execute("INSERT INTO guild (id, name, created_at) VALUES (?1, 'g', 0) ON CONFLICT DO NOTHING",
                                       stage.sandbox.configuration.guildID)
                try connection.execute("""
                    INSERT INTO quota_role_config (guild_id, discord_role_id, period_start_at, reset_at, warn_points, updated_at)
                    VALUES (?1, ?2, 0, 0, 150, 0)
                    """, stage.sandbox.configuration.guildID, securityRole)
            }
            // When security warns a raider
            await stage.run("warn", [Option.user(rin.id), Option.reason("Leeching")], as: security)
            // Then the row, the audit, the points, the DM, the answer and the log post exist
            #expect(await stage.lastAnswer() == "⚠️ Warning Issued")
            let id = try #require(try await stage.db.database.read {
                try $0.fetchValue("SELECT id FROM punishment WHERE type = 'warn' AND user_id = ?1", rin.id, as: String.self)
            })
            #expect(id.count == 24 && id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
            #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'punishment.warn'") == 1)
            #expect(try await stage.count("SELECT quota_points FROM quota_event WHERE action_type = 'verify_member'") == 150)
            let dm = try #require(await stage.directMessages(to: rin.id).first)
            #expect(dm.embedTitle == "⚠️ Warning")
            #expect(try await stage.logPosts().map(\.embedTitle) == ["⚠️ Warning Issued"])
        }
    }

    @Test("bad input gets a plain answer and writes nothing", arguments: [
        ("warn", [Option.reason(String(repeating: "x", count: 501))], "Reason must be at most 500"),
        ("suspend", [Option.text("duration", "0h"), Option.reason()], "between 1 hour and 30 days"),
        ("suspend", [Option.text("duration", "721h"), Option.reason()], "between 1 hour and 30 days"),
        ("suspend", [Option.text("duration", "30m"), Option.reason()], "is not a duration"),
        ("suspend", [Option.text("duration", "two days"), Option.reason()], "is not a duration"),
        ("mute", [Option.text("duration", "43201m"), Option.reason()], "between 1 minute and 30 days"),
        ("mute", [Option.text("duration", "1d"), Option.reason("   ")], "Reason is required"),
    ])
    func badInputWritesNothing(command: String, options: [CommandInteractionOption], answer: String) async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            await stage.run(command, [Option.user(rin.id)] + options, as: security)
            #expect(await stage.lastAnswer().contains(answer))
            #expect(try await stage.count("SELECT count(*) FROM punishment") == 0)
            #expect(await stage.directMessages(to: rin.id).isEmpty)
            #expect(try await !stage.holds("Suspended", rin.id))
        }
    }

    @Test("a suspension gives the role, is what runs see, and ends after its duration")
    func suspendAppliesRoleAndRow() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            let start = stage.clock.unixMilliseconds()
            await stage.run("suspend", [Option.user(rin.id), Option.text("duration", "2d"), Option.reason()], as: security)
            #expect(await stage.lastAnswer() == "🔨 Member Suspended")
            #expect(try await stage.holds("Suspended", rin.id))
            let expires = try await stage.count("SELECT expires_at FROM punishment WHERE type = 'suspend'")
            #expect(Int64(expires) == start + 2 * 86_400_000)
            let guildID = stage.sandbox.configuration.guildID.rawValue, now = Timestamp(unixMilliseconds: stage.clock.unixMilliseconds())
            #expect(try await stage.db.database.read {
                try Suspensions.isSuspended($0, guildID: guildID, member: MemberID(rin.id.rawValue), now: now)
            })
            #expect(await stage.directMessages(to: rin.id).first?.embedTitle == "🔨 You have been suspended")
        }
    }

    @Test("suspending a suspended member extends: the old row is removed, the new one ends at the old end plus the added time")
    func suspendExtends() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            let start = stage.clock.unixMilliseconds()
            await stage.run("suspend", [Option.user(rin.id), Option.text("duration", "1d"), Option.reason("first")], as: security)
            await stage.run("suspend", [Option.user(rin.id), Option.text("duration", "12h"), Option.reason("second")], as: security)
            #expect(await stage.lastAnswer() == "🔨 Suspension Extended")
            #expect(try await stage.count(Self.activeSuspensions) == 1)
            let rows = try await stage.db.database.read {
                try $0.fetchAll("SELECT reason, expires_at, active, removal_reason FROM punishment ORDER BY created_at") {
                    (try $0.get(0, as: String.self), try $0.get(1, as: Int64.self), try $0.get(2, as: Bool.self),
                     try $0.get(3, as: String?.self))
                }
            }
            #expect(rows.count == 2)
            #expect(rows[0].2 == false && rows[0].3 == "Extended by adding 12 hours")
            #expect(rows[1].0 == "second [Extended from previous suspension]")
            #expect(rows[1].1 == start + 86_400_000 + 12 * 3_600_000)
        }
    }

    @Test("a failed Discord action leaves no punishment row")
    func failedRoleGrantWritesNothing() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            await stage.sandbox.inject(.serverError(status: 502),
                                       on: RouteSelector(method: "PUT", route: "/guilds/{guild.id}/members/{user.id}/roles/{role.id}"))
            await stage.run("mute", [Option.user(rin.id), Option.text("duration", "30m"), Option.reason()], as: security)
            #expect(await stage.lastAnswer().contains("Nothing was recorded"))
            #expect(try await stage.count("SELECT count(*) FROM punishment") == 0)
        }
    }

    @Test("an unmapped or unmanageable role is refused before anything happens")
    func roleProblemsRefused() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
            // Given the Suspended role moved above the bot's highest role
            var suspended = try #require(await stage.sandbox.guild.role(named: "Suspended"))
            suspended.position = 18
            await stage.sandbox.guild.update(suspended)
            await stage.run("suspend", [Option.user(rin.id), Option.text("duration", "1h"), Option.reason()], as: security)
            #expect(await stage.lastAnswer().contains("can't manage the Suspended role"))
            // And with the muted mapping gone
            try await stage.db.database.write { try $0.execute("DELETE FROM guild_role WHERE role_key = 'muted'") }
            await stage.run("mute", [Option.user(rin.id), Option.text("duration", "1h"), Option.reason()], as: security)
            #expect(await stage.lastAnswer().contains("Role Not Configured"))
            #expect(try await stage.count("SELECT count(*) FROM punishment") == 0)
            #expect(await stage.directMessages(to: rin.id).isEmpty)
        }
    }

    @Test("closed DMs do not stop the punishment; the answer says the DM failed")
    func closedDMsReported() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam")
            let quiet = await stage.sandbox.guild.addMember(username: "quiet_quinn", acceptsDMs: false)
            await stage.run("warn", [Option.user(quiet.id), Option.reason()], as: security)
            let fields = try #require(await stage.responder.lastEdit?.embeds?.first?.fields)
            #expect(fields.first { $0.name == "DM Sent" }?.value.hasPrefix("❌") == true)
            #expect(try await stage.count("SELECT count(*) FROM punishment") == 1)
        }
    }
}
