import DiscordModels
import DiscordSandbox
import FeatureKit
import Testing
import TestSupport

extension IdentitySuites {
    /// /verify through the router, the real database and the Discord stand-in (defect 25: nothing is
    /// given before every check passed).
    @Suite("Verify", .serialized, .timeLimit(.minutes(1)))
    struct VerifyCommandTests {
        static let roleRoute = RouteSelector(method: "PUT", route: "/guilds/{guild.id}/members/{user.id}/roles/{role.id}")

        @Test("a verification gives the role and nickname, writes the row, audit and points, and posts to both logs")
        func verifyHappyPath() async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), nia = try await stage.member("newcomer_nia")
                await stage.verify(nia, "NiaTheWizard", as: sam)
                #expect(await stage.lastAnswer() == "✅ Member Verified")
                #expect(try await stage.holds("Verified Raider", nia.id))
                #expect(await stage.nick(nia.id) == "NiaTheWizard")
                let row = try #require(try await stage.raider(nia.id))
                #expect(row.status == "approved" && row.ign == "NiaTheWizard" && row.alt == nil)
                #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'raider.verify'") == 1)
                #expect(try await stage.count("SELECT count(*) FROM quota_event WHERE action_type = 'verify_member'") == 1)
                #expect(try await stage.posts(in: "verification") == ["✅ Member Verified"])
                #expect(try await stage.posts(in: "staff-logs") == ["✅ Member Verified"])
            }
        }

        @Test("an IGN out of the rules is refused with nothing written", arguments: [
            "bad!name", "abcdefghijklmnopq", "   ", "Ñandú",
        ])
        func badIGNRefused(ign: String) async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), nia = try await stage.member("newcomer_nia")
                await stage.verify(nia, ign, as: sam)
                #expect(await stage.lastAnswer().hasPrefix("❌"))
                #expect(try await stage.holds("Verified Raider", nia.id) == false)
                #expect(try await stage.raider(nia.id) == nil)
            }
        }

        @Test("an IGN held as main or alt by a member still here, in any case, leaves nothing half-applied")
        func conflictLeavesNothing() async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), ray = try await stage.member("raider_ray")
                let nia = try await stage.member("newcomer_nia")
                await stage.verify(ray, "RayMain", as: sam)
                await stage.run("addalt", [Option.user(ray.id), Option.text("ign", "RayAlt")], as: sam)
                for taken in ["raymain", "RAYALT"] {
                    await stage.verify(nia, taken, as: sam)
                    #expect(await stage.lastAnswer().contains("already in use by <@\(ray.id)>"))
                }
                #expect(try await stage.holds("Verified Raider", nia.id) == false)
                #expect(await stage.nick(nia.id) == nil)
                #expect(try await stage.raider(nia.id) == nil)
                #expect(try await stage.count("SELECT count(*) FROM quota_event") == 1)
            }
        }

        @Test("an IGN held by a member who left is freed and given to the newcomer")
        func departedHolderFreed() async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), ray = try await stage.member("raider_ray")
                let nia = try await stage.member("newcomer_nia")
                await stage.verify(ray, "Ray", as: sam)
                await stage.sandbox.guild.removeMember(ray.id)
                await stage.verify(nia, "ray", as: sam)
                #expect(await stage.lastAnswer() == "✅ Member Verified")
                #expect(try await stage.raider(nia.id)?.ign == "ray")
                let freed = try #require(try await stage.raider(ray.id))
                #expect(freed.status == "pending" && freed.ign == nil)
            }
        }

        @Test("a role Discord refuses leaves no row claiming verification and no nickname")
        func refusedRoleWritesNothing() async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), nia = try await stage.member("newcomer_nia")
                await stage.sandbox.inject(.serverError(status: 502), on: Self.roleRoute)
                await stage.verify(nia, "Nia", as: sam)
                #expect(await stage.lastAnswer().contains("Nothing was recorded"))
                #expect(try await stage.raider(nia.id) == nil)
                #expect(await stage.nick(nia.id) == nil)
                #expect(try await stage.count("SELECT count(*) FROM quota_event") == 0)
            }
        }

        @Test("targets above the actor or the bot, bots, members who left and a verified member are refused")
        func targetRefusals() async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), hana = try await stage.member("head_leader_hana")
                let owner = try await stage.member("guild_owner")
                await stage.verify(hana, "Hana", as: sam)
                #expect(await stage.lastAnswer().contains("below your highest staff role"))
                let veteran = await stage.sandbox.guild.addRole(name: "Veteran", position: 16)
                let vera = await stage.sandbox.guild.addMember(username: "veteran_vera", roles: [veteran.id])
                await stage.verify(vera, "Vera", as: owner)
                #expect(await stage.lastAnswer().contains("not below mine"))
                let gone = await stage.sandbox.guild.addMember(username: "gone_gus")
                await stage.sandbox.guild.removeMember(gone.id)
                await stage.verify(gone, "Gus", as: sam)
                #expect(await stage.lastAnswer().contains("not in this server"))
                let nia = try await stage.member("newcomer_nia")
                await stage.verify(nia, "Nia", as: sam)
                await stage.verify(nia, "Nia2", as: sam)
                #expect(await stage.lastAnswer().contains("already verified"))
                #expect(try await stage.count("SELECT count(*) FROM raider WHERE status = 'approved'") == 1)
            }
        }

        @Test("an unmapped or unmanageable Verified Raider role is refused before anything happens")
        func roleNotConfigured() async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), nia = try await stage.member("newcomer_nia")
                var raider = try #require(await stage.sandbox.guild.role(named: "Verified Raider"))
                raider.position = 18
                await stage.sandbox.guild.update(raider)
                await stage.verify(nia, "Nia", as: sam)
                #expect(await stage.lastAnswer().contains("can't manage the Verified Raider role"))
                try await stage.db.database.write { try $0.execute("DELETE FROM guild_role WHERE role_key = 'verified_raider'") }
                await stage.verify(nia, "Nia", as: sam)
                #expect(await stage.lastAnswer().contains("Role Not Configured"))
                #expect(try await stage.raider(nia.id) == nil)
                #expect(try await stage.holds("Verified Raider", nia.id) == false)
            }
        }
    }
}
