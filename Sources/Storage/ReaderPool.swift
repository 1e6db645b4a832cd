import DequeModule

/// The read-only connections: each lives on its own thread and takes the next queued read, so
/// reads run in parallel, never on the cooperative pool and never behind the writer (WAL readers
/// see the last committed snapshot without taking the write lock).
final class ReaderPool: Sendable {
    typealias ReadJob = @Sendable (Connection) -> Void

    private struct State: Sendable {
        var jobs: Deque<ReadJob> = []
        var isClosed = false
        var liveReaders = 0
        var closeWaiters: [CheckedContinuation<Void, Never>] = []
    }

    private let lock = ConditionLock(State())

    /// Starts one thread per connection; each thread is its connection's only user.
    init(connections: [Connection]) {
        lock.withLock { $0.liveReaders = connections.count }
        for connection in connections {
            WorkerThread.start { [lock] in Self.serve(connection, lock: lock) }
        }
    }

    /// Runs `body` on the next free reader inside one read transaction (a consistent snapshot).
    /// `snapshot: false` skips the BEGIN/COMMIT pair, for a body of one statement, which SQLite
    /// already runs in its own snapshot.
    func read<T: Sendable>(
        snapshot: Bool = true, _ body: @escaping @Sendable (Connection) throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let job: ReadJob = { connection in
                continuation.resume(with: Result { snapshot ? try Self.inSnapshot(connection, body) : try body(connection) })
            }
            let accepted: Bool = lock.withLock(wake: .one) { state in
                guard !state.isClosed else { return false }
                state.jobs.append(job)
                return true
            }
            if !accepted { continuation.resume(throwing: WriteQueue.closedError) }
        }
    }

    /// Stops accepting reads; the threads finish queued ones and close their connections.
    func requestClose() {
        lock.withLock { $0.isClosed = true }
    }

    /// Lets queued reads finish, then closes every reader connection.
    func close() async {
        await withCheckedContinuation { continuation in
            let done: Bool = lock.withLock { state in
                state.isClosed = true
                if state.liveReaders == 0 { return true }
                state.closeWaiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }

    private static func inSnapshot<T>(_ connection: Connection, _ body: (Connection) throws -> T) throws -> T {
        try connection.execute("BEGIN")
        defer { if connection.isInTransaction { _ = try? connection.execute("COMMIT") } }
        return try body(connection)
    }

    private static func serve(_ connection: Connection, lock: ConditionLock<State>) {
        while let job = lock.waitUntil({ !$0.jobs.isEmpty || $0.isClosed }, then: { $0.jobs.popFirst() }) {
            job(connection)
        }
        connection.close()
        let waiters: [CheckedContinuation<Void, Never>] = lock.withLock(wake: .none) { state in
            state.liveReaders -= 1
            guard state.liveReaders == 0 else { return [] }
            defer { state.closeWaiters.removeAll() }
            return state.closeWaiters
        }
        for waiter in waiters { waiter.resume() }
    }
}
