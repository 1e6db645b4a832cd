import FeatureKit
import ServiceLifecycle

/// Runs the outbox worker as a service: it starts with the bot, resumes what an earlier process
/// left pending, and stops on shutdown (what is still pending stays in the table for the next start).
struct OutboxService: Service, CustomStringConvertible {
    let outbox: Outbox

    var description: String { "OutboxService" }

    func run() async throws {
        await cancelWhenGracefulShutdown { await outbox.run() }
    }
}
