import DiscordModels
import DiscordSandbox
import FeatureKit
import Testing
import TestSupport

extension IdentitySuites {
    /// /forcesync: names read from nicknames, conflicts skipped.
    @Suite("Force sync", .serialized, .timeLimit(.minutes(1)))
    struct ForceSyncTests {
        @Test("verified members' nicknames become raider rows; a name someone else holds is skipped")
        func forceSyncReadsNicknames() async throws {
            try await IdentityStage.with { stage in
                let owner = try await stage.member("guild_owner")
                let lee = try await stage.member("leader_lee"), rin = try await stage.member("raider_rin")
                var ray = try await stage.member("raider_ray")
                ray.nick = "rin / RayAlt"
                await stage.sandbox.guild.update(ray)
                await stage.run("forcesync", [], as: owner)
                #expect(await stage.lastAnswer() == "✅ Force Sync")
                #expect(try await stage.raider(lee.id).map { [$0.ign, $0.alt] } == ["Lee", "RL"])
                #expect(try await stage.raider(rin.id).map { [$0.status, $0.ign] } == ["approved", "Rin"])
                #expect(try await stage.raider(ray.id) == nil)
                #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'raider.bulk_sync'") == 2)
                // A second pass changes nothing
                await stage.run("forcesync", [], as: owner)
                #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'raider.bulk_sync'") == 2)
            }
        }
    }
}
