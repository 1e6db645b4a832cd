import Testing
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DiscordModels
import DiscordSandbox
import TestSupport
@testable import DiscordREST

/// Throughput and latency of the transport on loopback; run with RAIDBOT_BENCHMARK=1 (prints, asserts only sanity).
@Suite(.enabled(if: BenchmarkFlag.isEnabled))
struct TransportMeasurement {
    @Test(arguments: [50, 200])
    func concurrentRequestsOnLoopback(inFlight: Int) async throws {
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
                if index >= inFlight, let latency = try await group.next() { latencies.append(latency) }
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
        print("measure: \(total) GETs, \(inFlight) in flight, \(elapsed); p50 \(latencies[total / 2]) p99 \(latencies[total * 99 / 100]) max \(latencies.last!); connections \(server.acceptedConnections)")
        #expect(latencies.count == total)
    }
}

/// Interaction callbacks through the sandbox while a bot bucket is saturated (RAIDBOT_BENCHMARK=1).
@Suite(.enabled(if: BenchmarkFlag.isEnabled))
struct FastPathMeasurement {
    @Test func callbackLatencyUnderABurst() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = DiscordREST(configuration: RESTConfiguration(apiBase: sandbox.apiBase,
                                                                    token: sandbox.configuration.token))
            let total = 2_000
            let started = ContinuousClock.now
            let latencies = await withTaskGroup(of: Duration.self) { group in
                var latencies: [Duration] = []
                for index in 0..<total {
                    if index >= 200, let latency = await group.next() { latencies.append(latency) }
                    group.addTask {
                        let begin = ContinuousClock.now
                        // Unknown interactions: the sandbox answers 404/10062 at once; the HTTP path is what is timed.
                        _ = try? await rest.interactionCallback(id: Snowflake(rawValue: UInt64(index + 1)),
                                                                token: "t\(index)", response: .deferredUpdate)
                        return begin.duration(to: .now)
                    }
                }
                for await latency in group { latencies.append(latency) }
                return latencies.sorted()
            }
            let elapsed = started.duration(to: .now)
            print("measure: \(total) callbacks, 200 in flight, \(elapsed); p50 \(latencies[total / 2]) p99 \(latencies[total * 99 / 100]) max \(latencies.last!)")
            #expect(latencies.count == total)
        }
    }
}
