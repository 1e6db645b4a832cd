import DiscordModels
import DiscordSandbox
import FeatureKit
import Testing
import TestSupport

extension IdentitySuites {
    /// /editname, /addalt, /removealt: the `Main | Alt` nickname with its prefix kept, and the alt rules.
    @Suite("IGN editing and alts", .serialized, .timeLimit(.minutes(1)))
    struct NameCommandTests {
        @Test("alts follow the Main | Alt convention and editname keeps the nickname's prefix and alt")
        func nicknameConvention() async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
                await stage.verify(rin, "Rin", as: sam)
                await stage.run("addalt", [Option.user(rin.id), Option.text("ign", "RinAlt")], as: sam)
                #expect(await stage.lastAnswer() == "✅ Alt IGN Added")
                #expect(await stage.nick(rin.id) == "Rin | RinAlt")
                // Given a staff prefix added by hand
                var current = try #require(await stage.sandbox.guild.member(rin.id))
                current.nick = "⭐Rin | RinAlt"
                await stage.sandbox.guild.update(current)
                await stage.run("editname", [Option.user(rin.id), Option.text("ign", "Rinny")], as: sam)
                #expect(await stage.lastAnswer() == "✅ IGN Updated")
                #expect(await stage.nick(rin.id) == "⭐Rinny | RinAlt")
                #expect(try await stage.raider(rin.id)?.ign == "Rinny")
                #expect(try await stage.count("SELECT count(*) FROM quota_event WHERE action_type = 'verify_member'") == 2)
                await stage.run("removealt", [Option.user(rin.id)], as: sam)
                #expect(await stage.lastAnswer() == "✅ Alt IGN Removed")
                #expect(await stage.nick(rin.id) == "⭐Rinny")
                #expect(try await stage.raider(rin.id)?.alt == nil)
                #expect(try await stage.posts(in: "verification").count == 4)
            }
        }

        @Test("two 16-character names drop the prefix, then the alt, to fit Discord's 32 characters")
        func longNamesFit() async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
                await stage.verify(rin, "AAAAAAAAAAAAAAAA", as: sam)
                await stage.run("addalt", [Option.user(rin.id), Option.text("ign", "BBBBBBBBBBBBBBBB")], as: sam)
                #expect(await stage.nick(rin.id) == "AAAAAAAAAAAAAAAA")
                #expect(try await stage.raider(rin.id)?.alt == "BBBBBBBBBBBBBBBB")
            }
        }

        @Test("alt and rename conflicts, an unverified member and a missing alt are refused with nothing written")
        func refusals() async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), rin = try await stage.member("raider_rin")
                let ray = try await stage.member("raider_ray"), nia = try await stage.member("newcomer_nia")
                await stage.verify(rin, "Rin", as: sam)
                await stage.verify(ray, "Ray", as: sam)
                await stage.run("addalt", [Option.user(rin.id), Option.text("ign", "rin")], as: sam)
                #expect(await stage.lastAnswer().contains("same as the member's main"))
                await stage.run("addalt", [Option.user(rin.id), Option.text("ign", "RAY")], as: sam)
                #expect(await stage.lastAnswer().contains("already in use by <@\(ray.id)>"))
                await stage.run("editname", [Option.user(rin.id), Option.text("ign", "ray")], as: sam)
                #expect(await stage.lastAnswer().contains("already in use by <@\(ray.id)>"))
                await stage.run("editname", [Option.user(rin.id), Option.text("ign", "no|pipes")], as: sam)
                #expect(await stage.lastAnswer().hasPrefix("❌"))
                await stage.run("removealt", [Option.user(rin.id)], as: sam)
                #expect(await stage.lastAnswer().contains("no alt IGN"))
                await stage.run("addalt", [Option.user(ray.id), Option.text("ign", "RayAlt")], as: sam)
                await stage.run("editname", [Option.user(ray.id), Option.text("ign", "rayalt")], as: sam)
                #expect(await stage.lastAnswer().contains("is the member's alt"))
                await stage.run("editname", [Option.user(nia.id), Option.text("ign", "Nia")], as: sam)
                #expect(await stage.lastAnswer().contains("not verified"))
                #expect(try await stage.raider(rin.id).map { [$0.ign, $0.alt] } == ["Rin", nil])
                #expect(await stage.nick(rin.id) == "Rin")
                #expect(try await stage.raider(ray.id).map { [$0.ign, $0.alt] } == ["Ray", "RayAlt"])
                #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'raider.update_ign'") == 0)
            }
        }
    }
}
