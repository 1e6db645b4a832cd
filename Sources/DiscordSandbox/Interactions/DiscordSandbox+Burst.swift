/// Load for the transport benchmark: many interactions at a steady rate, then their latencies.
extension DiscordSandbox {
    /// Runs `action` `count` times at `perSecond`, paced on the monotonic clock from the start
    /// (a late tick fires at once, so the average rate holds), and returns the handles in order.
    public func burst(
        count: Int, perSecond: Int,
        _ action: @Sendable (Int) async throws -> InteractionHandle
    ) async throws -> [InteractionHandle] {
        precondition(perSecond > 0, "a burst needs a positive rate")
        let clock = ContinuousClock()
        let start = clock.now
        let spacing = Duration.seconds(1) / perSecond
        var handles: [InteractionHandle] = []
        handles.reserveCapacity(count)
        for index in 0..<count {
            try await clock.sleep(until: start + spacing * index)
            handles.append(try await action(index))
        }
        return handles
    }

    /// Awaits every handle's callback and summarises the latencies.
    public func latencyReport(for handles: [InteractionHandle]) async throws -> InteractionLatencyReport {
        var callbacks: [InteractionCallback] = []
        callbacks.reserveCapacity(handles.count)
        for handle in handles { callbacks.append(try await handle.callback) }
        return InteractionLatencyReport(callbacks: callbacks)
    }
}
