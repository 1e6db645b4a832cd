#if canImport(Glibc)
import Glibc
#endif
import CivilTime
import DiscordModels
import DiscordSandbox
import Testing
@testable import DiscordGateway

/// Opt-in measurement (`GATEWAY_MEASURE=1 swift test --filter GatewayThroughput`): how fast dispatches cross
/// sandbox → socket → reader → decode → consumer stream, plain and with zlib-stream.
@Suite("GatewayThroughput", .enabled(if: getenv("GATEWAY_MEASURE") != nil))
struct GatewayThroughputMeasurement {
    static let burst = 5_000
    static let probes = 500

    @Test(.serialized, arguments: [false, true])
    func dispatchBurstAndLatency(compress: Bool) async throws {
        try await DiscordSandbox.withSandbox(SandboxConfiguration()) { sandbox in
            // Real time: this measures the transport, and `receivedAt` is stamped on the bot's clock.
            let clock = SystemBotClock()
            try await GatewayTestBot.run(sandbox: sandbox, compress: compress, clock: clock) { bot in
                try await bot.received("GUILD_CREATE")
                let payload = JSONValue.object(["id": .string("1180000000000000777"), "note": .string(String(repeating: "x", count: 200))])
                let start = ContinuousClock.now
                for _ in 0..<Self.burst { await sandbox.gateway.dispatch("RAIDBOT_MARK", data: payload) }
                try await bot.received("RAIDBOT_MARK", occurrence: Self.burst - 1, within: .seconds(120))
                let burstTime = start.duration(to: .now)
                var latencies: [Duration] = []
                for n in 0..<Self.probes {
                    let sent = clock.now()
                    await sandbox.gateway.dispatch("RAIDBOT_MARK", data: payload)
                    let envelope = try await bot.received("RAIDBOT_MARK", occurrence: Self.burst + n)
                    latencies.append(envelope.receivedAt - sent)
                }
                latencies.sort()
                print("gateway compress=\(compress): \(Self.burst) dispatches in \(burstTime) "
                      + "(\(Int(Double(Self.burst) / (burstTime / .seconds(1))))/s); sandbox→reader latency "
                      + "p50 \(latencies[latencies.count / 2]) p99 \(latencies[latencies.count * 99 / 100]) max \(latencies.last!)")
                #expect(await bot.deliveredSequences() == Array(1...(Self.burst + Self.probes + 2)))
            }
        }
    }
}
