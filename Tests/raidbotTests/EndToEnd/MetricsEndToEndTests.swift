import DiscordSandbox
import Testing
@testable import raidbot

/// The local `/metrics` and `/health` endpoint of a running bot (PRODUCT, "Beyond the incumbent").
@Suite("Metrics end to end", .serialized)
struct MetricsEndToEndTests {
    @Test("/health is ok once the gateway is live; /metrics counts an answered /ping and reads the writer queue")
    func healthAndMetrics() async throws {
        let harness = try await BotHarness.start(environment: ["RAIDBOT_METRICS_PORT": "0"])
        let port = try #require(await harness.metricsPort())
        // The sandbox has sent READY; the bot marks the session live when it processes it.
        let health = try await Self.eventually { try LocalHTTP.get("/health", port: port) } until: { $0.status == 200 }
        #expect(health.body == "{\"status\":\"ok\"}")

        let owner = try #require(await harness.sandbox.guild.member(named: "guild_owner"))
        let ping = try await harness.sandbox.run(command: "ping", as: owner)
        _ = try await ping.answer(0) { if case .callback = $0 { false } else { true } }
        // The router reports an interaction once all its work is done, just after the answer.
        let metrics = try await Self.eventually { try LocalHTTP.get("/metrics", port: port) } until: {
            $0.body.contains("raidbot_interaction_ack_seconds_bucket{kind=\"command\"")
        }
        #expect(metrics.status == 200)
        #expect(metrics.body.contains("raidbot_interactions_total{kind=\"command\",result=\"ok\"} 1"))
        #expect(metrics.body.contains("raidbot_gateway_live 1"))
        #expect(metrics.body.contains("raidbot_writer_queue_depth"))
        #expect(metrics.body.contains("raidbot_outbox_depth "))
        #expect(metrics.body.contains("raidbot_outbox_oldest_age_seconds "))
        #expect(metrics.body.contains("raidbot_task_runs_total{task=\"Expired Runs\""))
        #expect(try LocalHTTP.get("/nothing", port: port).status == 404)

        await harness.stopBot()
        await harness.stop()
    }

    @Test("an outbox item waiting over five minutes makes /health unavailable and shows in /metrics")
    func stuckOutboxIsUnhealthy() async throws {
        let harness = try await BotHarness.start(environment: ["RAIDBOT_METRICS_PORT": "0"])
        let port = try #require(await harness.metricsPort())
        _ = try await Self.eventually { try LocalHTTP.get("/health", port: port) } until: { $0.status == 200 }
        // Given an item Discord keeps refusing: ten minutes old, its next retry an hour away
        let now = harness.clock.unixMilliseconds()
        try await harness.database.write { connection in
            try connection.execute("""
                INSERT INTO outbox (target, kind, payload, created_at, next_attempt_at, attempts)
                VALUES ('panel:run:1', 'redraw', '{"redraw":{"panel":"run:1"}}', ?1, ?2, 3)
                """, now - 600_000, now + 3_600_000)
        }
        // Then health says the outbox is stuck, and the metrics show its depth and age
        let health = try LocalHTTP.get("/health", port: port)
        #expect(health.status == 503)
        #expect(health.body.contains("outbox stuck: 1 items"), "\(health.body)")
        let metrics = try LocalHTTP.get("/metrics", port: port)
        #expect(metrics.body.contains("raidbot_outbox_depth 1"))
        await harness.stop()
    }

    @Test("without RAIDBOT_METRICS_PORT nothing listens")
    func offByDefault() async throws {
        let harness = try await BotHarness.start()
        #expect(await harness.metricsPort() == nil)
        await harness.stop()
    }

    /// Repeats `fetch` (yielding between tries, bounded at 10 s) until `done` holds; the last reply.
    static func eventually(_ fetch: () throws -> LocalHTTP.Reply,
                           until done: (LocalHTTP.Reply) -> Bool) async throws -> LocalHTTP.Reply {
        let deadline = ContinuousClock.now + .seconds(10)
        var reply = try fetch()
        while !done(reply), ContinuousClock.now < deadline {
            await Task.yield()
            reply = try fetch()
        }
        #expect(done(reply), "last reply: \(reply.status) \(reply.body.prefix(200))")
        return reply
    }
}
