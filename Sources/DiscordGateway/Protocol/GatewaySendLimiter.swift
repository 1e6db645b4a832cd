/// Discord's 120 sends per 60 s per connection, with slots held back so heartbeats are never starved.
struct GatewaySendLimiter: Sendable, Equatable {
    /// Sends allowed per window.
    let limit = 120
    /// The sliding window Discord counts over.
    let window: Duration = .seconds(60)
    /// Slots only heartbeats, identify and resume may use.
    private(set) var reserved = 3
    private var sentAt: [Duration] = []

    /// Reserves `ceil(60 s / interval) + 1` heartbeats plus one identify/resume once HELLO names the interval.
    mutating func reserveHeartbeats(interval: Duration) {
        let beats = Int((window / interval).rounded(.up))
        reserved = min(beats + 2, limit / 2)
    }

    /// A new connection starts a new window.
    mutating func reset() {
        sentAt.removeAll()
    }

    /// Counts a protocol send (heartbeat, identify, resume): always allowed, it may use reserved slots.
    mutating func recordProtocolSend(at now: Duration) {
        prune(now)
        sentAt.append(now)
    }

    /// Takes a slot for a bot command, or returns how long to wait for one without touching reserved slots.
    mutating func acquireCommandSlot(at now: Duration) -> Duration? {
        prune(now)
        let available = limit - reserved
        guard sentAt.count >= available else {
            sentAt.append(now)
            return nil
        }
        let oldestBlocking = sentAt[sentAt.count - available]
        return oldestBlocking + window - now
    }

    private mutating func prune(_ now: Duration) {
        sentAt.removeAll { $0 + window <= now }
    }
}
