import DiscordModels

/// What a button lock serialises (§10.5). Actions that conflict share one key: start, end and cancel
/// of a run all use `runLifecycle`, so end and cancel can never race (defect 15).
public struct ButtonLockKey: Hashable, Sendable, CustomStringConvertible {
    /// The key text.
    public let rawValue: String

    /// A key from text, for actions not listed below.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Start, end and cancel of one run.
    public static func runLifecycle(_ runID: Int64) -> ButtonLockKey { ButtonLockKey("run:lifecycle:\(runID)") }
    /// Key pops of one run.
    public static func runKeyPop(_ runID: Int64) -> ButtonLockKey { ButtonLockKey("run:keypop:\(runID)") }
    /// Oryx 3 progression steps of one run (a double click must not skip a stage's ping).
    public static func runO3(_ runID: Int64) -> ButtonLockKey { ButtonLockKey("run:o3:\(runID)") }
    /// Join lock toggles of one run.
    public static func runJoinLock(_ runID: Int64) -> ButtonLockKey { ButtonLockKey("run:lockjoin:\(runID)") }
    /// End and convert of one headcount (they conflict like end and cancel).
    public static func headcountLifecycle(_ headcountID: Int64) -> ButtonLockKey {
        ButtonLockKey("headcount:lifecycle:\(headcountID)")
    }
    /// Approve and deny of one member's verification.
    public static func verificationReview(_ userID: Snowflake) -> ButtonLockKey {
        ButtonLockKey("verification:review:\(userID)")
    }

    /// The key text.
    public var description: String { rawValue }
}
