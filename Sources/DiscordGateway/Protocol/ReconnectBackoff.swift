/// Capped, jittered exponential backoff between reconnect attempts, so a failing gateway never sees a tight loop.
struct ReconnectBackoff: Sendable, Equatable {
    /// The delay before the second consecutive attempt; later ones double.
    var base: Duration = .seconds(1)
    /// The longest the bot ever waits between attempts.
    var cap: Duration = .seconds(60)
    /// Consecutive attempts since the last healthy (READY/RESUMED) connection.
    private(set) var attempts = 0

    /// The delay before the next attempt: none for the first, then base·2ⁿ (capped) scaled into [½, 1).
    mutating func nextDelay(jitter: GatewayJitter) -> Duration {
        defer { attempts += 1 }
        guard attempts > 0 else { return .zero }
        let exponent = min(attempts - 1, 16)
        let raw = min(base * (1 << exponent), cap)
        return raw / 2 + jitter.scale(raw / 2)
    }

    /// A connection became healthy: the next failure starts again from an immediate retry.
    mutating func reset() {
        attempts = 0
    }
}
