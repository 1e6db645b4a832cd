import DiscordModels

/// What the run loop needs from outside: configuration, `/gateway/bot`, the session store and its streams.
struct GatewayEnvironment: Sendable {
    let configuration: GatewayConfiguration
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

    /// Waits `delay`, calls `/gateway/bot`, and reports the answer (nothing if cancelled while waiting).
    func fetchGatewayInfo(after delay: Duration) async {
        guard (try? await Task.sleep(for: delay)) != nil else { return }
        do {
            input.yield(.gatewayInfo(try await gatewayInfo()))
        } catch {
            input.yield(.gatewayInfoFailed(error))
        }
    }
}
