/// The scheduler's shared bookkeeping: which task is running and each task's totals.
actor TaskLedger {
    private var statistics: [String: TaskStatistics] = [:]

    /// Marks `task` running; false when it already is (the tick must be skipped).
    func begin(_ task: String) -> Bool {
        var stats = statistics[task, default: TaskStatistics()]
        guard !stats.isRunning else {
            stats.skippedTicks += 1
            statistics[task] = stats
            return false
        }
        stats.isRunning = true
        stats.runs += 1
        statistics[task] = stats
        return true
    }

    /// Records a finished run; returns the consecutive failure count afterwards.
    func finish(_ task: String, counts: TaskRunCounts, failedRun: Bool) -> Int {
        var stats = statistics[task, default: TaskStatistics()]
        stats.isRunning = false
        stats.itemsSucceeded += counts.succeeded
        stats.itemsFailed += counts.failed
        if failedRun {
            stats.failedRuns += 1
            stats.consecutiveFailures += 1
        } else {
            stats.successfulRuns += 1
            stats.consecutiveFailures = 0
        }
        statistics[task] = stats
        return stats.consecutiveFailures
    }

    /// All totals by task name.
    func snapshot() -> [String: TaskStatistics] { statistics }
}
