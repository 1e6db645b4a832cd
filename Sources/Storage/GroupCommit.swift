/// Runs one drained batch of write jobs as ONE transaction, each job inside its own savepoint:
/// a throwing job is rolled back alone, the others commit together with a single disk flush, and
/// every caller is answered only after COMMIT returned (durable acknowledgement).
final class GroupCommit {
    private let connection: Connection
    private let transactionGuard = TransactionControlGuard()
    private let control: ControlStatements

    private struct Acknowledgement {
        let job: WriteJob
        let resume: @Sendable () -> Void
    }

    /// Prepares the control statements outside the statement cache, before the guard is armed,
    /// so a job body's own "COMMIT" can never reuse them.
    init(connection: Connection) throws {
        self.connection = connection
        self.control = try ControlStatements(connection: connection)
        connection.install(transactionGuard)
    }

    /// Runs `batch` and answers every job's caller exactly once.
    func run(_ batch: [WriteJob]) {
        var committed: [Acknowledgement] = []
        var failed: [(WriteJob, any Error)] = []
        do {
            try control.begin.run()
        } catch {
            for job in batch { job.fail(error) }
            return
        }
        for job in batch {
            runIsolated(job, committed: &committed, failed: &failed)
        }
        commit(&committed, failed: &failed)
        for (job, error) in failed { job.fail(error) }
        for acknowledgement in committed { acknowledgement.resume() }
    }

    /// Runs one job inside a savepoint; on error rolls back to it so earlier jobs stay intact.
    private func runIsolated(
        _ job: WriteJob, committed: inout [Acknowledgement], failed: inout [(WriteJob, any Error)]
    ) {
        do {
            try control.savepoint.run()
            transactionGuard.isGuarding = true
            defer { transactionGuard.isGuarding = false }
            let resume = try job.perform(connection)
            transactionGuard.isGuarding = false
            try control.release.run()
            committed.append(Acknowledgement(job: job, resume: resume))
        } catch {
            failed.append((job, error))
            recover(from: error, committed: &committed, failed: &failed)
        }
    }

    /// After a failed job: undo its savepoint, or, when SQLite already rolled back the whole
    /// transaction (e.g. SQLITE_FULL), fail the jobs whose work went with it and start afresh.
    private func recover(
        from error: any Error, committed: inout [Acknowledgement], failed: inout [(WriteJob, any Error)]
    ) {
        if connection.isInTransaction, (try? control.rollbackToSavepoint.run()) != nil,
           (try? control.release.run()) != nil {
            return
        }
        if connection.isInTransaction { try? control.rollback.run() }
        let lost = StorageError(
            code: .sqlite, message: "the group transaction was rolled back because another job failed: \(error)")
        failed += committed.map { ($0.job, lost) }
        committed.removeAll()
        try? control.begin.run()
    }

    /// Commits; if COMMIT fails, nothing of the batch is durable, so every job gets the error.
    private func commit(_ committed: inout [Acknowledgement], failed: inout [(WriteJob, any Error)]) {
        guard connection.isInTransaction else {
            let error = StorageError(code: .sqlite, message: "the group transaction ended before COMMIT")
            failed += committed.map { ($0.job, error) }
            committed.removeAll()
            return
        }
        do {
            try control.commit.run()
        } catch {
            if connection.isInTransaction { try? control.rollback.run() }
            failed += committed.map { ($0.job, error) }
            committed.removeAll()
        }
    }
}
