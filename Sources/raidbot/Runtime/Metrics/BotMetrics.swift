import BotKit
import DiscordGateway
import DiscordREST
import FeatureKit
import Prometheus
import Storage

/// The bot's Prometheus metrics (PRODUCT, "Beyond the incumbent"): interaction acknowledgement
/// latency and outcomes and the scheduled tasks' runs are counted as they happen (through the
/// router's and the scheduler's observers); the writer queue, slow statements, REST rate-limit
/// waits and the gateway are read from their owners when scraped. One registry per bot.
final class BotMetrics: Sendable {
    static let namespace = "raidbot"
    /// Discord's window is 3 s; the buckets resolve the fast path and the danger zone.
    static let acknowledgementBuckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2_500), .seconds(3),
    ]

    let registry = PrometheusCollectorRegistry()

    /// Counts one interaction: its acknowledgement latency by kind, and whether it failed (by code).
    func observe(_ outcome: InteractionOutcome) {
        let kind = outcome.kind.rawValue
        if outcome.acknowledged {
            registry.makeDurationHistogram(descriptor: Self.name("interaction_ack", "seconds",
                                                                 "Time from receiving an interaction to Discord accepting its acknowledgement"),
                                           labels: [("kind", kind)], buckets: Self.acknowledgementBuckets)
                .record(outcome.acknowledgementLatency)
        }
        let result = outcome.replayIgnored ? "replay_ignored"
            : !outcome.acknowledged ? "unacknowledged" : (outcome.errorCode?.rawValue ?? "ok")
        registry.makeCounter(descriptor: Self.name("interactions", "total", "Interactions handled, by kind and result"),
                             labels: [("kind", kind), ("result", result)]).increment()
    }

    /// Counts a finished task run and its items by result.
    func observe(_ event: TaskSchedulerEvent) {
        guard case .finished(let task, let counts, let failedRun) = event else { return }
        let runs = Self.name("task_runs", "total", "Scheduled task runs, by task and whether any item failed")
        registry.makeCounter(descriptor: runs, labels: [("task", task), ("result", failedRun ? "failed" : "ok")]).increment()
        let items = Self.name("task_items", "total", "Items processed by scheduled tasks, by task and result")
        registry.makeCounter(descriptor: items, labels: [("task", task), ("result", "succeeded")])
            .increment(by: Int64(counts.succeeded))
        registry.makeCounter(descriptor: items, labels: [("task", task), ("result", "failed")])
            .increment(by: Int64(counts.failed))
    }

    /// The exposition text, with the read-on-scrape values brought up to date first.
    func scrape(database: Database, rest: DiscordREST, gateway: GatewayService, outbox: Outbox) async -> String {
        let queue = database.writeMetrics
        gauge("writer_queue_depth", "Write jobs waiting or running now", Double(queue.depth))
        gauge("writer_queue_peak_depth", "Highest writer queue depth since start", Double(queue.peakDepth))
        gauge("writer_transactions", "Group-commit transactions since start", Double(queue.batches))
        gauge("writer_jobs", "Write jobs since start", Double(queue.jobs))
        gauge("slow_statements", "SQL statements slower than the slow-query threshold since start",
              Double(database.slowStatementCount))
        let waits = rest.rateLimitWaits
        gauge("rest_rate_limit_waits", "REST requests that waited for a rate limit since start", Double(waits.waits))
        gauge("rest_rate_limit_wait_seconds", "Total time REST requests waited for rate limits", waits.total.seconds)
        gauge("rest_invalid_requests_10m", "401/403/429 responses in the last 10 minutes (Discord bans at 10,000)",
              Double(await rest.invalidRequestCount()))
        gauge("gateway_live", "1 while a gateway session is established", gateway.isLive ? 1 : 0)
        if let latency = gateway.heartbeatLatency {
            gauge("gateway_heartbeat_latency_seconds", "Last heartbeat round trip", latency.seconds)
        }
        if let backlog = try? await outbox.backlog() {
            gauge("outbox_depth", "Discord side effects waiting in the outbox", Double(backlog.depth))
            gauge("outbox_oldest_age_seconds", "Age of the oldest waiting outbox item (0 when empty)",
                  Double(backlog.oldestAgeMilliseconds ?? 0) / 1000)
        }
        return registry.emitToString()
    }

    /// A value read on scrape; the unit, if any, is part of `metric` (gauges take no `_total`).
    private func gauge(_ metric: String, _ help: String, _ value: Double) {
        registry.makeGauge(descriptor: Self.name(metric, "", help), labels: []).set(to: value)
    }

    static func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: namespace, metricName: metric, unitName: unit, helpText: help)
    }
}

extension Duration {
    /// The duration in seconds, as Prometheus writes durations.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
