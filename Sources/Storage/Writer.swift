import Logging

/// The single writer: a dedicated thread that owns the read-write connection, drains the
/// `WriteQueue` batch by batch through `GroupCommit`, and on close checkpoints and closes.
final class Writer: Sendable {
    private struct State: Sendable {
        var isFinished = false
        var finishWaiters: [CheckedContinuation<Void, Never>] = []
    }

    let queue: WriteQueue
    private let finish = ConditionLock(State())

    /// Starts the writer thread on `connection`; the thread is the connection's only user from now on.
    init(connection: Connection, capacity: Int, logger: Logger) {
        queue = WriteQueue(capacity: capacity)
        WorkerThread.start { [queue, finish] in
            do {
                let groupCommit = try GroupCommit(connection: connection)
                while let batch = queue.nextBatch() { groupCommit.run(batch) }
            } catch {
                // Preparing six constant statements cannot fail on a healthy connection; if it
                // does, fail every job rather than hang its caller.
                logger.critical("writer cannot start", metadata: ["error": "\(error)"])
                queue.close()
                while let batch = queue.nextBatch() { for job in batch { job.fail(error) } }
            }
            Self.checkpointAndClose(connection, logger: logger)
            let waiters = finish.withLock { state in
                state.isFinished = true
                return state.finishWaiters
            }
            for waiter in waiters { waiter.resume() }
        }
    }

    /// Stops accepting jobs, waits until every queued job ran, the WAL was checkpointed and the
    /// connection closed.
    func close() async {
        queue.close()
        await withCheckedContinuation { continuation in
            let done: Bool = finish.withLock { state in
                if state.isFinished { return true }
                state.finishWaiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }

    /// Folds the WAL back into the database file and truncates it, so a stopped bot leaves one file.
    private static func checkpointAndClose(_ connection: Connection, logger: Logger) {
        do {
            try connection.executeScript("PRAGMA wal_checkpoint(TRUNCATE)")
        } catch {
            logger.warning("WAL checkpoint at close failed", metadata: ["error": "\(error)"])
        }
        connection.close()
    }
}
