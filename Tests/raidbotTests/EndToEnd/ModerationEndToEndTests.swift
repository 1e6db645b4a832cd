import BotKit
import DiscordModels
import DiscordSandbox
import FeatureKit
import Storage
import Testing
import TestSupport

/// Moderation through the stand-in and the real bot: a suspension written by /suspend is what runs
/// refuse, and the expiry task lifts it after a restart.
@Suite("Moderation end to end", .timeLimit(.minutes(2)))
struct ModerationEndToEndTests {
    @Test("suspend a raider, their Join is refused; after a restart the expiry lifts the role and Join works")
    func suspendRefusesJoinAndExpiryLifts() async throws {
        let stage = try await RunsStage.make()
        let guild = stage.sandbox.guild, guildID = stage.sandbox.configuration.guildID
        let security = try #require(await guild.member(named: "security_sam"))
        let suspendedRole = try #require(await guild.role(named: "Suspended"))
        let securityRole = try #require(await guild.role(named: "Security"))
        _ = try await GuildRoleStore(database: stage.harness.database).setRoles(
            [.security: securityRole.id, .suspended: suspendedRole.id], guildID: guildID, actorID: security.id, now: 1)
        let raider = await guild.addMember(username: "raider_rex")
        let post = try await stage.postRun()

        // When security suspends the raider for an hour
        let suspend = try await stage.sandbox.run(command: "suspend", options: [
            .user("member", raider.id), .string("duration", "1h"), .string("reason", "Crashing runs"),
        ], as: security)
        let answer = try await suspend.answer(0) { if case .callback = $0 { false } else { true } }
        #expect(RunsStage.text(answer).contains("Member Suspended"))
        #expect(await guild.member(raider.id)?.roleIDs.contains(suspendedRole.id) == true)
        // Then their Join is refused
        let refused = try await stage.press("v1:run:join:1", on: post, as: raider)
        #expect(RunsStage.text(refused).contains("suspended"))

        // When the bot restarts and the hour passes, the task lifts the role (through the outbox)
        try await stage.harness.restartBot()
        let path = "/guilds/\(guildID)/members/\(raider.id)/roles/\(suspendedRole.id)"
        stage.clock.advance(by: .seconds(62 * 60))
        _ = try await stage.sandbox.firstRequest { $0.method == "DELETE" && $0.path.hasSuffix(path) }
        #expect(await guild.member(raider.id)?.roleIDs.contains(suspendedRole.id) == false)
        #expect(try await stage.count("SELECT COUNT(*) FROM punishment WHERE active = 0 AND removed_by IS NULL") == 1)
        // And Join works again
        let joined = try await stage.press("v1:run:join:1", on: post, as: raider)
        #expect(!RunsStage.text(joined).contains("suspended"))
        await stage.harness.stop()
    }
}
