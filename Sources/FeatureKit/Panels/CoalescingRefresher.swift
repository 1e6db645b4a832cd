/// Coalesces redraws per key (a run's public panel, a headcount's organizer panels): while one
/// draw is in flight, further requests only mark the key dirty, and the caller already drawing
/// draws once more with the latest state. A burst of 80 joins costs a handful of edits instead of
/// 80 queued behind Discord's rate limit.
public actor CoalescingRefresher<Key: Hashable & Sendable> {
    private var drawing: Set<Key> = []
    private var dirty: Set<Key> = []

    /// A refresher with nothing in flight.
    public init() {}

    /// Draws `key` now, or leaves it to the caller already drawing it.
    public func refresh(_ key: Key, draw: @Sendable () async -> Void) async {
        guard !drawing.contains(key) else {
            dirty.insert(key)
            return
        }
        drawing.insert(key)
        repeat {
            dirty.remove(key)
            await draw()
        } while dirty.contains(key)
        drawing.remove(key)
    }
}
