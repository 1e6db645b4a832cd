import BotKit
import CivilTime
import Logging

/// "Expired Verification Sessions" (§9): every 5 minutes, both kinds of session past their deadline
/// become `expired`, and the run counts exactly the rows it changed (defect 26).
enum ExpiredSessionsTask {
    /// The task's name in logs and metrics.
    static let name = "Expired Verification Sessions"

    /// The task over `store`.
    static func task(store: VerificationSessionStore, clock: any BotClock, logger: Logger) -> ScheduledTask {
        ScheduledTask(name: name, interval: .seconds(5 * 60)) {
            let counts = try await store.expire(now: clock.unixMilliseconds())
            if counts.total > 0 {
                logger.info("verification sessions expired",
                            metadata: ["verification": "\(counts.verification)", "custom_role": "\(counts.customRole)"])
            }
            return TaskRunCounts(succeeded: counts.total)
        }
    }
}
