import Logging
import ServiceLifecycle
import CivilTime

/// Runs the scheduled tasks (non-negotiable 6): each once at start-up and then on its interval
/// (deadlines are absolute, so runs do not drift); a tick that finds the previous run still going is
/// skipped with a warning; 3 or more failed runs in a row warn. Stops on graceful shutdown.
public final class TaskScheduler: Service {
    /// Failed runs in a row after which each further failure warns.
    public static let failureWarningThreshold = 3

    private let tasks: [ScheduledTask]
    private let clock: any BotClock
    private let logger: Logger
    private let observe: @Sendable (TaskSchedulerEvent) -> Void
    private let ledger = TaskLedger()

    /// Creates a scheduler; `observe` sees every event (metrics, tests).
    public init(tasks: [ScheduledTask], clock: any BotClock, logger: Logger,
                observe: @escaping @Sendable (TaskSchedulerEvent) -> Void = { _ in }) {
        precondition(Set(tasks.map(\.name)).count == tasks.count, "task names must be unique")
        self.tasks = tasks
        self.clock = clock
        self.logger = logger
        self.observe = observe
    }

    /// Runs every task until cancelled or gracefully shut down.
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                for task in self.tasks {
                    group.addTask { await self.schedule(task) }
                }
            }
        }
    }

    /// Each task's totals, by name.
    public func statistics() async -> [String: TaskStatistics] { await ledger.snapshot() }

    private func schedule(_ task: ScheduledTask) async {
        await withDiscardingTaskGroup { runs in
            let origin = clock.now()
            var tick = 0
            while !Task.isCancelled {
                if await ledger.begin(task.name) {
                    runs.addTask { await self.execute(task) }
                } else {
                    logger.warning("scheduled task still running; tick skipped", metadata: ["task": "\(task.name)"])
                    observe(.skippedOverlap(task: task.name))
                }
                tick += 1
                do { try await clock.sleep(until: origin + task.interval * tick) } catch { break }
            }
        }
    }

    private func execute(_ task: ScheduledTask) async {
        observe(.started(task: task.name))
        var counts = TaskRunCounts()
        var failedRun = false
        do {
            counts = try await task.body()
            failedRun = counts.failed > 0
        } catch {
            failedRun = true
            logger.error("scheduled task failed", metadata: ["task": "\(task.name)", "error": "\(error)"])
        }
        let consecutive = await ledger.finish(task.name, counts: counts, failedRun: failedRun)
        logger.info("scheduled task finished", metadata: [
            "task": "\(task.name)", "succeeded": "\(counts.succeeded)", "failed": "\(counts.failed)",
        ])
        observe(.finished(task: task.name, counts: counts, failedRun: failedRun))
        if consecutive >= Self.failureWarningThreshold {
            logger.warning("scheduled task failed repeatedly", metadata: [
                "task": "\(task.name)", "consecutive": "\(consecutive)",
            ])
            observe(.repeatedFailures(task: task.name, consecutive: consecutive))
        }
    }
}
