import DiscordModels
import DiscordSandbox
import FeatureKit
import Testing
import TestSupport

extension IdentitySuites {
    /// /unverify, and the rule against defect 27: unverify never clears a modmail blacklist and
    /// blacklisting never unverifies.
    @Suite("Unverify and the modmail blacklist", .serialized, .timeLimit(.minutes(1)))
    struct UnverifyBlacklistTests {
        @Test("unverify frees the IGN, takes the role and nickname, and the member can be verified again")
        func unverifyThenVerifyAgain() async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), nia = try await stage.member("newcomer_nia")
                await stage.verify(nia, "Nia", as: sam)
                await stage.run("unverify", [Option.user(nia.id), Option.text("reason", "Wrong account")], as: sam)
                #expect(await stage.lastAnswer() == "✅ Member Removed from Verification System")
                #expect(try await stage.holds("Verified Raider", nia.id) == false)
                #expect(await stage.nick(nia.id) == nil)
                let row = try #require(try await stage.raider(nia.id))
                #expect(row.status == "pending" && row.ign == nil)
                #expect(try await stage.posts(in: "verification").last == "✅ Member Removed from Verification System")
                // The IGN is free: another member may take it, and Nia can be verified again
                let ray = try await stage.member("raider_ray")
                await stage.verify(ray, "nia", as: sam)
                #expect(await stage.lastAnswer() == "✅ Member Verified")
                await stage.verify(nia, "NiaAgain", as: sam)
                #expect(try await stage.raider(nia.id)?.status == "approved")
            }
        }

        @Test("blacklisting never unverifies, and unverify keeps the blacklist through a new verification")
        func blacklistAndUnverifyDoNotEraseEachOther() async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), hana = try await stage.member("head_leader_hana")
                let nia = try await stage.member("newcomer_nia")
                await stage.verify(nia, "Nia", as: sam)
                await stage.run("modmailblacklist", [Option.user(nia.id), Option.text("reason", "Spam")], as: hana)
                var row = try #require(try await stage.raider(nia.id))
                #expect(row.blacklisted && row.status == "approved" && row.ign == "Nia")
                await stage.run("unverify", [Option.user(nia.id)], as: sam)
                row = try #require(try await stage.raider(nia.id))
                #expect(row.blacklisted && row.status == "pending" && row.ign == nil)
                await stage.verify(nia, "Nia", as: sam)
                row = try #require(try await stage.raider(nia.id))
                #expect(row.blacklisted && row.status == "approved")
            }
        }

        @Test("unverify refuses an unverified member, a member above the actor, and writes nothing")
        func unverifyRefusals() async throws {
            try await IdentityStage.with { stage in
                let sam = try await stage.member("security_sam"), hana = try await stage.member("head_leader_hana")
                let owner = try await stage.member("guild_owner"), nia = try await stage.member("newcomer_nia")
                await stage.run("unverify", [Option.user(nia.id)], as: sam)
                #expect(await stage.lastAnswer().contains("not verified"))
                await stage.verify(hana, "Hana", as: owner)
                await stage.run("unverify", [Option.user(hana.id)], as: sam)
                #expect(await stage.lastAnswer().contains("below your highest staff role"))
                #expect(try await stage.raider(hana.id)?.status == "approved")
                #expect(try await stage.holds("Verified Raider", hana.id))
            }
        }
    }
}
