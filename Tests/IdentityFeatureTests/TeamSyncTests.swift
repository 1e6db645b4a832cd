import DiscordModels
import DiscordSandbox
import FeatureKit
import Testing
import TestSupport

extension IdentitySuites {
    /// Team role auto-sync (§8.1): GUILD_MEMBER_UPDATE and /syncteam over a 5,000-member guild.
    @Suite("Team role sync", .serialized, .timeLimit(.minutes(2)))
    struct TeamSyncTests {
        @Test("a member update gives Team to staff and takes it from members with no staff role")
        func memberUpdateSyncsTeam() async throws {
            try await IdentityStage.with { stage in
                let lee = try await stage.member("leader_lee"), rin = try await stage.member("raider_rin")
                let team = try #require(await stage.sandbox.guild.role(named: "Team")).id
                var withTeam = try #require(await stage.sandbox.guild.member(rin.id))
                withTeam.roleIDs.append(team)
                await stage.sandbox.guild.update(withTeam)
                for member in [lee, withTeam] {
                    await stage.memberUpdates.handle(Member(user: User(id: member.id, username: member.user.username), roles: member.roleIDs,
                                                            guildID: stage.sandbox.configuration.guildID))
                }
                #expect(try await stage.holds("Team", lee.id))
                #expect(try await stage.holds("Team", rin.id) == false)
                #expect(try await stage.count("SELECT count(*) FROM raider") == 0)
            }
        }

        @Test("an update from another guild, or with Team unmapped, changes nothing")
        func ignoredUpdates() async throws {
            try await IdentityStage.with { stage in
                let lee = try await stage.member("leader_lee")
                await stage.memberUpdates.handle(Member(user: User(id: lee.id, username: "leader_lee"), roles: lee.roleIDs, guildID: 42))
                #expect(try await stage.holds("Team", lee.id) == false)
                try await stage.db.database.write { try $0.execute("DELETE FROM guild_role WHERE role_key = 'team'") }
                await stage.memberUpdates.handle(Member(user: User(id: lee.id, username: "leader_lee"), roles: lee.roleIDs,
                                                        guildID: stage.sandbox.configuration.guildID))
                #expect(try await stage.holds("Team", lee.id) == false)
            }
        }

        @Test("/syncteam walks 5,000 members in pages, shows progress, and never trips a rate limit")
        func syncTeamOverFiveThousand() async throws {
            try await IdentityStage.with(rateLimit: SandboxRateLimitPolicy(limit: 5, window: .seconds(1), enforce: true)) { stage in
                let guild = stage.sandbox.guild
                let leader = try #require(await guild.role(named: "Raid Leader")).id
                let raider = try #require(await guild.role(named: "Verified Raider")).id
                let team = try #require(await guild.role(named: "Team")).id
                let crowd = await guild.addMembers(count: 5_000, roles: [raider])
                for member in crowd.prefix(8) { var m = member; m.roleIDs.append(leader); await guild.update(m) }
                for member in crowd.suffix(6) { var m = member; m.roleIDs.append(team); await guild.update(m) }
                let owner = try await stage.member("guild_owner")
                await stage.run("syncteam", [], as: owner)
                #expect(await stage.lastAnswer() == "✅ Team Role Sync")
                let staffIDs = crowd.prefix(8).map(\.id)
                for id in staffIDs { #expect(try await stage.holds("Team", id)) }
                for member in crowd.suffix(6) { #expect(try await stage.holds("Team", member.id) == false) }
                for name in ["security_sam", "head_leader_hana", "leader_lee", "guild_owner"] {
                    #expect(try await stage.holds("Team", try await stage.member(name).id))
                }
                let requests = await stage.sandbox.recordedRequests
                #expect(requests.filter { $0.is("GET", "/guilds/{guild.id}/members") }.count == 6)
                #expect(requests.allSatisfy { $0.status != 429 })
                // progress: the opening edit, one per page, the final answer
                let titles = await stage.edits().compactMap { $0.embeds?.first?.title }
                #expect(titles.count == 8 && titles.dropLast().allSatisfy { $0 == "⏳ Team Role Sync" })
                #expect(try await stage.posts(in: "staff-logs") == ["✅ Team Role Sync"])
            }
        }

        @Test("a second /syncteam while one is walking is refused")
        func oneWalkAtATime() async throws {
            try await IdentityStage.with { stage in
                let owner = try await stage.member("guild_owner")
                await stage.sandbox.inject(.delay(.milliseconds(1500)),
                                           on: RouteSelector(method: "GET", route: "/guilds/{guild.id}/members"))
                async let first: Void = stage.run("syncteam", [], as: owner)
                try await Task.sleep(for: .milliseconds(400))
                await stage.run("syncteam", [], as: owner)
                let texts = await stage.responder.calls.compactMap { call -> String? in
                    switch call {
                    case .followUp(let message): message.content
                    case .editOriginal(let edit): edit.content
                    default: nil
                    }
                }
                #expect(texts.contains { $0.contains("already running") })
                await first
                #expect(await stage.lastAnswer() == "✅ Team Role Sync")
                #expect(try await stage.holds("Team", owner.id))
            }
        }

        @Test("/syncteam without a Team role, or by a non-administrator, is refused")
        func syncTeamRefusals() async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), owner = try await stage.member("guild_owner")
                await stage.run("syncteam", [], as: sam)
                #expect(await stage.lastAnswer().contains("Missing Permission"))
                try await stage.db.database.write { try $0.execute("DELETE FROM guild_role WHERE role_key = 'team'") }
                await stage.run("syncteam", [], as: owner)
                #expect(await stage.lastAnswer().contains("Role Not Configured"))
                #expect(await stage.sandbox.recordedRequests.contains { $0.is("GET", "/guilds/{guild.id}/members") } == false)
            }
        }
    }
}
