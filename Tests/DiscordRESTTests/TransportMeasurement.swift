import Testing
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import DiscordREST

/// Throughput and latency of the transport on loopback; run with RAIDBOT_MEASURE=1 (prints, asserts only sanity).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["RAIDBOT_MEASURE"] == "1"))
struct TransportMeasurement {
    @Test func concurrentRequestsOnLoopback() async throws {
        let server = try LoopbackHTTPServer { _ in .respond(status: 200, body: #"{"ok":true}"#) }
        defer { server.stop() }
        // The proactive 50/s global limit would dominate; lift it to measure the transport itself.
        let policy = RateLimitPolicy(globalPerSecond: 1_000_000)
        let rest = DiscordREST(configuration: RESTConfiguration(apiBase: server.apiBase, token: "t", policy: policy))
        let total = 2_000
        let started = ContinuousClock.now
        let latencies = try await withThrowingTaskGroup(of: Duration.self) { group in
            var latencies: [Duration] = []
            for index in 0..<total {
                if index >= 50, let latency = try await group.next() { latencies.append(latency) }
                group.addTask {
                    let begin = ContinuousClock.now
                    _ = try await rest.send(RESTRequest(method: .get, path: "/channels/\(index % 500)"))
                    return begin.duration(to: .now)
                }
            }
            for try await latency in group { latencies.append(latency) }
            return latencies.sorted()
        }
        let elapsed = started.duration(to: .now)
        print("measure: \(total) GETs, 50 in flight, \(elapsed); p50 \(latencies[total / 2]) p99 \(latencies[total * 99 / 100]) max \(latencies.last!); connections \(server.acceptedConnections)")
        #expect(latencies.count == total)
    }
}
