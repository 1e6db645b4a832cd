import DiscordSandbox
import Foundation
import Testing
import TestSupport

/// Issue 13's latency measurement, opt-in:
///
///     RAIDBOT_BENCHMARK=1 swift test --filter ConfirmationLatencyBenchmark
///
/// 100 members click Join at 200/s; for each, the time from Discord accepting the acknowledgement to
/// the "Raid joined" confirmation. The run role's assignment is paced by the route's rate limit
/// (the sandbox advertises 5/s); the confirmation must not wait behind it.
@Suite("Confirmation latency benchmark", .enabled(if: BenchmarkFlag.isEnabled))
struct ConfirmationLatencyBenchmark {
    @Test("100 joins at 200/s: acknowledgement to confirmation")
    func hundredJoins() async throws {
        let stage = try await RunsStage.make()
        let post = try await stage.postRun()
        let raiders = await stage.sandbox.guild.addMembers(count: 100)
        let sandbox = stage.sandbox
        let handles = try await sandbox.burst(count: 100, perSecond: 200) { index in
            try await sandbox.click("v1:run:join:1", on: post, as: raiders[index])
        }
        var latencies: [Duration] = []
        for handle in handles {
            let id = handle.id
            let callback = try await sandbox.interactionEvents.first(within: .seconds(60)) {
                if case .callback = $0.kind { return $0.interactionID == id && $0.accepted }
                return false
            }
            let told = try await sandbox.interactionEvents.first(within: .seconds(60)) {
                $0.interactionID == id && $0.kind == .originalEdited && $0.accepted
            }
            latencies.append(told.receivedAt - callback.receivedAt)
        }
        latencies.sort()
        func ms(_ value: Duration) -> String {
            String(format: "%.1f ms", Double(value.components.seconds) * 1000 + Double(value.components.attoseconds) / 1e15)
        }
        print("| joins | confirm p50 | confirm p99 | confirm max |\n|---|---|---|---|\n| 100 at 200/s | "
              + "\(ms(latencies[49])) | \(ms(latencies[98])) | \(ms(latencies[99])) |")
        await stage.harness.stop()
    }
}
