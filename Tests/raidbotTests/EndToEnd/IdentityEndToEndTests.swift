import BotKit
import DiscordModels
import DiscordSandbox
import FeatureKit
import Storage
import Testing
import TestSupport

/// Identity through the stand-in and the real bot: GUILD_MEMBER_UPDATE arrives over the gateway and
/// reaches the Team role sync through the intake's member-update hook; /verify over the gateway.
@Suite("Identity end to end", .serialized, .timeLimit(.minutes(2)))
struct IdentityEndToEndTests {
    @Test("a staff role given in the client brings the Team role, and taking it away takes Team back")
    func teamFollowsStaffRoles() async throws {
        let harness = try await BotHarness.start(clock: ManualBotClock())
        let sandbox = harness.sandbox, guild = sandbox.guild, guildID = sandbox.configuration.guildID
        let leader = try #require(await guild.role(named: "Raid Leader")).id
        let team = await guild.addRole(name: "Team", position: 4)
        _ = try await GuildRoleStore(database: harness.database).setRoles([.organizer: leader, .team: team.id],
                                                                           guildID: guildID, actorID: 1, now: 1)
        var ray = try #require(await guild.member(named: "raider_ray"))
        let rayID = ray.id, teamID = team.id

        // Given a moderator gives Ray the Raid Leader role in the client
        ray.roleIDs.append(leader)
        await sandbox.updateMember(ray)
        _ = try await sandbox.firstRequest { $0.method == "PUT" && $0.path.hasSuffix("/members/\(rayID)/roles/\(teamID)") }
        #expect(await guild.member(ray.id)?.roleIDs.contains(team.id) == true)

        // When the role is taken away again, Team goes with it
        var current = try #require(await guild.member(ray.id))
        current.roleIDs.removeAll { $0 == leader }
        await sandbox.updateMember(current)
        _ = try await sandbox.firstRequest { $0.method == "DELETE" && $0.path.hasSuffix("/members/\(rayID)/roles/\(teamID)") }
        #expect(await guild.member(ray.id)?.roleIDs.contains(team.id) == false)
        await harness.stop()
    }

    @Test("/verify over the gateway gives the role and nickname and records the IGN")
    func verifyOverTheGateway() async throws {
        let harness = try await BotHarness.start(clock: ManualBotClock())
        let sandbox = harness.sandbox, guild = sandbox.guild, guildID = sandbox.configuration.guildID
        let security = try #require(await guild.role(named: "Security")).id
        let raider = try #require(await guild.role(named: "Verified Raider")).id
        _ = try await GuildRoleStore(database: harness.database).setRoles([.security: security, .verifiedRaider: raider],
                                                                           guildID: guildID, actorID: 1, now: 1)
        let sam = try #require(await guild.member(named: "security_sam"))
        let nia = try #require(await guild.member(named: "newcomer_nia"))
        let handle = try await sandbox.run(command: "verify", options: [.user("member", nia.id), .string("ign", "NiaTheWizard")],
                                           as: sam)
        _ = try await handle.answer(0) { if case .callback = $0 { false } else { true } }
        #expect(await guild.member(nia.id)?.roleIDs.contains(raider) == true)
        #expect(await guild.member(nia.id)?.nick == "NiaTheWizard")
        let ign = try await harness.database.read {
            try $0.fetchValue("SELECT ign FROM raider WHERE user_id = ?1 AND status = 'approved'", nia.id, as: String.self)
        }
        #expect(ign == "NiaTheWizard")
        await harness.stop()
    }
}
