import FeatureKit
import BotKit
import DiscordModels

/// `/ping` (§1.6): answers, then edits the answer with the REST round trip it just measured and the
/// gateway's last heartbeat round trip.
enum PingCommand {
    /// The declaration.
    static let declaration = CommandDeclaration(
        name: "ping", description: "Check that the bot is responsive and see its latency",
        gate: .rank(.verifiedRaider), deferStyle: .publicReply, rateLimit: .commandInfo, usage: "/ping", examples: ["/ping"])

    /// Replies "Pinging…", timing that REST call, then edits in both latencies.
    static func handle(_ context: InteractionContext, environment: FeatureEnvironment) async throws {
        let start = context.clock.now()
        try await context.reply(.text("🏓 Pinging…"))
        let restRoundTrip = context.clock.now() - start
        let heartbeat = await environment.heartbeatLatency()
        try await context.reply(.text(text(restRoundTrip: restRoundTrip, heartbeat: heartbeat)))
    }

    /// "🏓 Pong! REST round trip: **12 ms** · Gateway heartbeat: **40 ms**" (or "not measured yet").
    static func text(restRoundTrip: Duration, heartbeat: Duration?) -> String {
        let gateway = heartbeat.map { "**\(milliseconds($0)) ms**" } ?? "not measured yet"
        return "🏓 Pong! REST round trip: **\(milliseconds(restRoundTrip)) ms** · Gateway heartbeat: \(gateway)"
    }

    /// Whole milliseconds, rounded down, never negative (no Foundation formatter).
    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}
