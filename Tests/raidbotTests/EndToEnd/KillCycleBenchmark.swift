import Foundation
import Testing
import TestSupport

/// Issue 13's measurement, opt-in (it measures rather than asserts):
///
///     RAIDBOT_BENCHMARK=1 swift test --filter KillCycleBenchmark
///
/// 20 cycles of 100 joins at 200/s on the real binary, killed with SIGKILL (then 5 with SIGTERM)
/// at a varied point of the burst and restarted at once; prints the losses of each kind and the
/// acknowledgement-to-confirmation latency.
@Suite("Kill cycle benchmark", .enabled(if: BenchmarkFlag.isEnabled), .serialized)
struct KillCycleBenchmark {
    @Test(arguments: [(SIGKILL, 20), (SIGTERM, 5)])
    func cycles(signal: Int32, count: Int) async throws {
        let stage = try await KillCycleStage.make()
        try await stage.launch()
        var reports: [KillCycleReport] = []
        for cycle in 0..<count {
            let interruptAfter = 20 + (cycle * 37) % 61 // 20–80% of the burst
            reports.append(try await stage.cycle(joins: 100, perSecond: 200, interruptAfter: interruptAfter, signal: signal))
        }
        await stage.stop()
        let latencies = reports.flatMap(\.confirmationLatencies).sorted()
        func percentile(_ p: Double) -> String {
            guard !latencies.isEmpty else { return "–" }
            let value = latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
            return String(Double(value.components.attoseconds / 1_000_000_000_000) / 1000
                          + Double(value.components.seconds) * 1000) + " ms"
        }
        print("""
            | signal | cycles | clicks | acknowledged | acknowledged lost | joined never told | joined without role | 40060 | panel final | confirm p50 | confirm p99 | confirm max |
            |---|---|---|---|---|---|---|---|---|---|---|---|
            | \(signal == SIGKILL ? "SIGKILL" : "SIGTERM") | \(count) | \(reports.map(\.clicks).reduce(0, +)) | \(reports.map(\.acknowledged).reduce(0, +)) | \(reports.map(\.lost).reduce(0, +)) | \(reports.map(\.neverTold).reduce(0, +)) | \(reports.map(\.withoutRole).reduce(0, +)) | \(reports.map(\.refusedAsAcknowledged).reduce(0, +)) | \(reports.filter(\.panelShowsFinalCount).count)/\(count) | \(percentile(0.5)) | \(percentile(0.99)) | \(percentile(1)) |
            """)
        #expect(reports.allSatisfy { $0.acknowledged > 0 })
    }
}
