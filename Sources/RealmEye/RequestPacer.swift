import CivilTime

/// At most one RealmEye request per interval: each caller reserves the next free slot in arrival
/// order and waits for it on the injected clock, so tests drive the queue on virtual time.
actor RequestPacer {
    private let clock: any BotClock
    private let interval: Duration
    private var nextSlot: Duration?

    /// A pacer allowing one request per `interval`.
    init(clock: any BotClock, interval: Duration) {
        self.clock = clock
        self.interval = interval
    }

    /// Reserves the caller's slot: now if the last request is `interval` old, else right after it.
    func reserve() -> Duration {
        let now = clock.now()
        let slot = max(now, nextSlot ?? now)
        nextSlot = slot + interval
        return slot
    }

    /// Waits for the caller's turn (throws `CancellationError` when cancelled).
    nonisolated func waitTurn() async throws {
        let slot = await reserve()
        try await clock.sleep(until: slot)
    }
}
