import DiscordGateway
import FeatureKit
import DiscordREST
import Logging
import Storage
import Synchronization

/// `GET /metrics` (Prometheus text) and `GET /health` on 127.0.0.1 only: for the operator's
/// scraper and liveness probe, never exposed beyond the machine. Health is 200 while the gateway
/// session is live, the database answers a read and the outbox is not stuck, 503 otherwise, with
/// the reason.
enum MetricsEndpoint {
    /// An outbox item waiting longer than this makes the bot unhealthy.
    static let stuckOutboxMilliseconds: Int64 = 300_000

    static func server(port: Int, metrics: BotMetrics, database: Database, rest: DiscordREST,
                       gateway: GatewayService, outbox: Outbox, bound: BoundPort,
                       logger: Logger) -> LoopbackHTTPServer {
        LoopbackHTTPServer(port: port, bound: bound, logger: logger) { path in
            switch path {
            case "/metrics":
                let text = await metrics.scrape(database: database, rest: rest, gateway: gateway, outbox: outbox)
                return .init(status: .ok, contentType: "text/plain; version=0.0.4; charset=utf-8", body: text)
            case "/health":
                let problems = await health(database: database, gateway: gateway, outbox: outbox)
                let body = problems.isEmpty ? "{\"status\":\"ok\"}"
                    : "{\"status\":\"unavailable\",\"problems\":[" + problems.map { "\"\($0)\"" }.joined(separator: ",") + "]}"
                return .init(status: problems.isEmpty ? .ok : .serviceUnavailable, contentType: "application/json", body: body)
            default:
                return nil
            }
        }
    }

    /// What is wrong, in short words (empty when healthy).
    static func health(database: Database, gateway: GatewayService, outbox: Outbox) async -> [String] {
        var problems: [String] = []
        if !gateway.isLive { problems.append("gateway not connected") }
        if (try? await database.read { try $0.fetchValue("SELECT 1", as: Int.self) }) != 1 { problems.append("database not answering") }
        if let backlog = try? await outbox.backlog(), backlog.isStuck(after: stuckOutboxMilliseconds) {
            problems.append("outbox stuck: \(backlog.depth) items, oldest \((backlog.oldestAgeMilliseconds ?? 0) / 1000) s old")
        }
        return problems
    }
}

/// The port the endpoint bound (an ephemeral one when configured as 0), for logs and tests.
final class BoundPort: Sendable {
    private let state = Mutex<(port: Int?, waiting: [CheckedContinuation<Int, Never>])>((nil, []))

    func resolve(_ port: Int) {
        let waiting = state.withLock { state in
            state.port = port
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in waiting { continuation.resume(returning: port) }
    }

    /// The port, waiting until the server is up.
    func value() async -> Int {
        await withCheckedContinuation { continuation in
            let known = state.withLock { state -> Int? in
                if let port = state.port { return port }
                state.waiting.append(continuation)
                return nil
            }
            if let known { continuation.resume(returning: known) }
        }
    }
}
