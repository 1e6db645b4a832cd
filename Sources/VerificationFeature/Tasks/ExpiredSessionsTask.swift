import BotKit
import CivilTime
import FeatureKit
import Logging

/// "Expired Verification Sessions" (§9): every 5 minutes, both kinds of session past their deadline
/// become `expired`, and the run counts exactly the rows it changed (defect 26).
enum ExpiredSessionsTask {
    /// The task's name in logs and metrics.
    static let name = "Expired Verification Sessions"

    /// The task over `store`.
    /// Custom-role tickets of expired sessions are marked through `outbox`; posted veri_log lines
    /// older than 30 days are swept from `log`.
    static func task(store: VerificationSessionStore, log: VerificationLogStore, outbox: Outbox, clock: any BotClock,
                     logger: Logger) -> ScheduledTask {
        ScheduledTask(name: name, interval: .seconds(5 * 60)) {
            let now = clock.unixMilliseconds()
            let counts = try await store.expire(now: now)
            if counts.customRole > 0 { outbox.nudge() }
            _ = try await log.sweep(before: now - 30 * 24 * 60 * 60_000)
            if counts.total > 0 {
                logger.info("verification sessions expired",
                            metadata: ["verification": "\(counts.verification)", "custom_role": "\(counts.customRole)"])
            }
            return TaskRunCounts(succeeded: counts.total)
        }
    }
}
