import DequeModule

/// The bounded queue between `Database.write` callers and the writer thread. A caller first
/// reserves a slot (waiting while the queue is full: back-pressure), then enqueues its job; the
/// writer takes everything queued at once, which is what makes group commit possible.
final class WriteQueue: Sendable {
    struct State: Sendable {
        var jobs: Deque<WriteJob> = []
        var occupied = 0
        var waitingForRoom: Deque<CheckedContinuation<Void, any Error>> = []
        var isClosed = false
        var metrics = WriteQueueMetrics(depth: 0, peakDepth: 0, batches: 0, jobs: 0, waitsForRoom: 0)
    }

    private let lock = ConditionLock(State())
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// Waits until the queue has room and reserves one slot; throws once the queue is closed.
    func reserveSlot() async throws {
        enum Admission { case granted, closed, wait }
        let admission: Admission = lock.withLock { state in
            if state.isClosed { return .closed }
            guard state.occupied < capacity else { return .wait }
            Self.occupy(&state)
            return .granted
        }
        switch admission {
        case .granted: return
        case .closed: throw Self.closedError
        case .wait:
            try await withCheckedThrowingContinuation { continuation in
                let closed: Bool = lock.withLock { state in
                    if state.isClosed { return true }
                    if state.occupied < capacity { Self.occupy(&state); continuation.resume(); return false }
                    state.metrics.waitsForRoom += 1
                    state.waitingForRoom.append(continuation)
                    return false
                }
                if closed { continuation.resume(throwing: Self.closedError) }
            }
        }
    }

    /// Enqueues a job into a slot reserved with `reserveSlot`.
    func enqueue(_ job: WriteJob) {
        lock.withLock { state in
            state.jobs.append(job)
            state.metrics.jobs += 1
        }
    }

    /// Blocks the writer thread until jobs arrive; returns all of them, or nil once closed and drained.
    func nextBatch() -> [WriteJob]? {
        let (batch, admitted): ([WriteJob]?, [CheckedContinuation<Void, any Error>]) = lock.waitUntil({
            !$0.jobs.isEmpty || ($0.isClosed && $0.occupied == 0)
        }) { state in
            guard !state.jobs.isEmpty else { return (nil, []) }
            let batch = Array(state.jobs)
            state.jobs.removeAll(keepingCapacity: true)
            state.occupied -= batch.count
            state.metrics.batches += 1
            var admitted: [CheckedContinuation<Void, any Error>] = []
            while state.occupied < capacity, let waiter = state.waitingForRoom.popFirst() {
                Self.occupy(&state)
                admitted.append(waiter)
            }
            state.metrics.depth = state.occupied
            return (batch, admitted)
        }
        for waiter in admitted { waiter.resume() }
        return batch
    }

    /// Stops accepting jobs; queued and reserved jobs still run. Waiting callers get `.closed`.
    func close() {
        let waiters = lock.withLock { state in
            state.isClosed = true
            defer { state.waitingForRoom.removeAll() }
            return Array(state.waitingForRoom)
        }
        for waiter in waiters { waiter.resume(throwing: Self.closedError) }
    }

    /// The current metrics snapshot.
    var metrics: WriteQueueMetrics { lock.withLock(wake: .none) { $0.metrics } }

    private static func occupy(_ state: inout State) {
        state.occupied += 1
        state.metrics.depth = state.occupied
        state.metrics.peakDepth = max(state.metrics.peakDepth, state.occupied)
    }

    static let closedError = StorageError(code: .closed, message: "the database is closed")
}
