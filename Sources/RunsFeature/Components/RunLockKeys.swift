import BotKit

/// The button locks of a run (§10.5): start, end and cancel share one key, so end and cancel can
/// never race (defect 15).
extension ButtonLockKey {
    /// Start, end and cancel of one run.
    public static func runLifecycle(_ runID: Int64) -> ButtonLockKey { ButtonLockKey("run:lifecycle:\(runID)") }
    /// Key pops of one run.
    public static func runKeyPop(_ runID: Int64) -> ButtonLockKey { ButtonLockKey("run:keypop:\(runID)") }
    /// Oryx 3 progression steps of one run (a double click must not skip a stage's ping).
    public static func runO3(_ runID: Int64) -> ButtonLockKey { ButtonLockKey("run:o3:\(runID)") }
    /// Join lock toggles of one run.
    public static func runJoinLock(_ runID: Int64) -> ButtonLockKey { ButtonLockKey("run:lockjoin:\(runID)") }
}
