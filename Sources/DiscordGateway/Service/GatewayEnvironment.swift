import CivilTime
import DiscordModels

/// What the run loop needs from outside: configuration, the clock, `/gateway/bot`, the session store and its streams.
struct GatewayEnvironment: Sendable {
    let configuration: GatewayConfiguration
    /// The one clock every instant and timer of the service reads (a manual clock in tests).
    let clock: any BotClock
    let gatewayInfo: @Sendable () async throws -> GatewayBotInfo
    let sessionStore: any GatewaySessionStore
    let jitter: GatewayJitter
    /// Where the run loop records each heartbeat's round trip.
    let heartbeatLatency: HeartbeatLatency
    /// Whether the session is live, set before the actions of each event (READY's dispatch included).
    let liveness: GatewayLiveness
    /// The loop's own input stream, for child tasks to report into.
    let input: AsyncStream<GatewayServiceInput>.Continuation
    /// Where dispatches go to the bot; unbounded so the reader never waits on the consumer.
    let dispatches: AsyncStream<GatewayDispatchEnvelope>.Continuation
    /// Where each step of the loop is reported once carried out; nil in production, set by tests that
    /// move a manual clock only once the bot is waiting on it.
    let steps: AsyncStream<GatewayStep>.Continuation?

    /// Waits until `deadline` on the clock, calls `/gateway/bot`, and reports the answer (nothing if cancelled while waiting).
    func fetchGatewayInfo(notBefore deadline: Duration) async {
        guard (try? await clock.sleep(until: deadline)) != nil else { return }
        do {
            input.yield(.gatewayInfo(try await gatewayInfo()))
        } catch {
            input.yield(.gatewayInfoFailed(error))
        }
    }
}
