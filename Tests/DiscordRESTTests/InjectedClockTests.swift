import DiscordModels
import DiscordSandbox
import TestSupport
import Testing
@testable import DiscordREST

/// The client keeps Discord's buckets on the injected clock: a manual clock releases a held bucket the
/// moment it passes the reset, where the system clock would hold the request for the whole window.
@Suite struct InjectedClockTests {
    @Test func aHeldBucketIsReleasedWhenTheInjectedClockPassesItsReset() async throws {
        // Given a bucket of 1 request per 60 s (reported, not enforced) and a client on a manual clock
        let limits = SandboxRateLimitPolicy(limit: 1, window: .seconds(60))
        try await DiscordSandbox.withSandbox(SandboxConfiguration(rateLimit: limits)) { sandbox in
            let clock = ManualBotClock()
            let rest = DiscordREST(configuration: RESTConfiguration(apiBase: sandbox.apiBase, token: sandbox.configuration.token),
                                   clock: clock)
            let channelID = try #require(await sandbox.guild.channel(named: "raid-status")).id
            _ = try await rest.createMessage(channelID: channelID, MessageCreate(content: "spends the bucket"))
            // When the second request needs the bucket and virtual time passes its reset (plus the client's margin)
            async let second = rest.createMessage(channelID: channelID, MessageCreate(content: "waits for the reset"))
            clock.advance(by: .seconds(60) + rest.configuration.policy.resetMargin)
            // Then it goes out at once (on real time it would wait 60 s and the test would time out), never as a 429
            _ = try await second
            #expect(await sandbox.recordedRequests.map(\.status) == [200, 200])
            #expect(await sandbox.guild.messages(in: channelID).count == 2)
        }
    }
}
