import DiscordModels
import DiscordSandbox
import Testing

@Suite("Interaction bursts")
struct BurstTests {
    @Test("A paced burst of clicks is dispatched in order and every deferral is measured")
    func burstOfClicksIsMeasured() async throws {
        // The test checks order and measurement, not speed: inside the parallel suite its acks took
        // over 3 s and were refused, so the window is wide here (InteractionTests covers the refusal).
        let configuration = SandboxConfiguration(callbackDeadline: .seconds(60))
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "raid-status"))
            let panel = await sandbox.guild.postMessage(in: channel.id, as: sandbox.guild.bot.id, content: "Run", components: [
                .object(["type": .number(1), "components": .array([
                    .object(["type": .number(2), "style": .number(3), "label": .string("Join"), "custom_id": .string("run:join")]),
                ])]),
            ])
            let members = await sandbox.guild.addMembers(count: 80)
            let total = 60
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                _ = try await gateway.dispatch("GUILD_CREATE")
                async let fired = sandbox.burst(count: total, perSecond: 200) { index in
                    try await sandbox.click("run:join", on: panel, as: members[index % members.count])
                }
                var sequences: [Int] = []
                try await withThrowingTaskGroup(of: Int.self) { acks in
                    for _ in 0..<total {
                        let frame = try await gateway.dispatch("INTERACTION_CREATE")
                        sequences.append(frame["s"]?.asInt ?? -1)
                        let id = try #require(frame["d"]?["id"]?.asString)
                        let token = try #require(frame["d"]?["token"]?.asString)
                        acks.addTask {
                            try await rest(sandbox, "POST", "/interactions/\(id)/\(token)/callback",
                                           body: .object(["type": .number(6)]), token: nil).status
                        }
                    }
                    for try await status in acks { #expect(status == 204) }
                }
                #expect(sequences == sequences.sorted())
                let handles = try await fired
                let report = try await sandbox.latencyReport(for: handles)
                #expect(report.count == total)
                #expect(report.rejected == 0)
                #expect(report.p50 <= report.p99 && report.p99 <= report.max)
                try await gateway.close()
            }
        }
    }

    @Test("Latency percentiles use nearest rank")
    func percentiles() {
        let callbacks = (1...100).map { InteractionCallback(type: 5, data: nil, latency: .milliseconds($0), status: 204) }
        let report = InteractionLatencyReport(callbacks: callbacks)
        #expect(report.p50 == .milliseconds(50))
        #expect(report.p99 == .milliseconds(99))
        #expect(report.max == .milliseconds(100))
        #expect(report.description == "n=100 p50=50.0ms p99=99.0ms max=100.0ms >3s=0 rejected=0")
    }
}
