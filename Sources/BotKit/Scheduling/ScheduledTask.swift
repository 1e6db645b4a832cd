/// One periodic job (§9): runs once at start-up, then every `interval`.
public struct ScheduledTask: Sendable {
    /// Name used in logs, statistics and metrics ("Expired Runs").
    public let name: String
    /// Time between runs.
    public let interval: Duration
    /// The work; returns how many items succeeded and failed (a throw counts as a failed run).
    public let body: @Sendable () async throws -> TaskRunCounts

    /// Declares a task.
    public init(name: String, interval: Duration, body: @escaping @Sendable () async throws -> TaskRunCounts) {
        precondition(interval > .zero, "a task needs a positive interval")
        self.name = name
        self.interval = interval
        self.body = body
    }
}

/// Items processed by one run.
public struct TaskRunCounts: Hashable, Sendable {
    /// Items handled successfully.
    public var succeeded: Int
    /// Items that failed (each logged, none stopping the others).
    public var failed: Int

    /// Creates counts.
    public init(succeeded: Int = 0, failed: Int = 0) {
        self.succeeded = succeeded
        self.failed = failed
    }

    /// Adds two counts.
    public static func + (lhs: TaskRunCounts, rhs: TaskRunCounts) -> TaskRunCounts {
        TaskRunCounts(succeeded: lhs.succeeded + rhs.succeeded, failed: lhs.failed + rhs.failed)
    }
}

/// What the scheduler reports as it works (for tests and metrics).
public enum TaskSchedulerEvent: Hashable, Sendable {
    /// A run began.
    case started(task: String)
    /// A run ended; `failedRun` when it threw or any item failed.
    case finished(task: String, counts: TaskRunCounts, failedRun: Bool)
    /// A tick found the previous run still going and was skipped.
    case skippedOverlap(task: String)
    /// The task has failed this many runs in a row (≥ 3).
    case repeatedFailures(task: String, consecutive: Int)
}

/// A task's running totals.
public struct TaskStatistics: Hashable, Sendable {
    /// Runs started.
    public var runs = 0
    /// Runs that completed without a throw or a failed item.
    public var successfulRuns = 0
    /// Runs that threw or had failed items.
    public var failedRuns = 0
    /// Failed runs in a row, reset by a successful run.
    public var consecutiveFailures = 0
    /// Ticks skipped because the previous run was still going.
    public var skippedTicks = 0
    /// Items handled successfully over all runs.
    public var itemsSucceeded = 0
    /// Items failed over all runs.
    public var itemsFailed = 0
    /// Whether a run is in progress.
    public var isRunning = false
}
