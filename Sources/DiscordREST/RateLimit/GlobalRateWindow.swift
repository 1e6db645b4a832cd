/// The proactive global limit: at most `capacity` requests in any one-second window.
struct GlobalRateWindow: Sendable {
    private var sent: [Duration]
    private var next = 0
    private let capacity: Int

    /// Creates an empty window admitting `capacity` requests per second.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        sent = []
        sent.reserveCapacity(self.capacity)
    }

    /// When the next request may go: `nil` if now, otherwise the instant the oldest send leaves the window.
    func delay(at now: Duration) -> Duration? {
        guard sent.count == capacity else { return nil }
        let freeAt = sent[next] + .seconds(1)
        return freeAt > now ? freeAt : nil
    }

    /// Counts a request sent at `now`.
    mutating func record(at now: Duration) {
        if sent.count < capacity {
            sent.append(now)
        } else {
            sent[next] = now
            next = (next + 1) % capacity
        }
    }
}
