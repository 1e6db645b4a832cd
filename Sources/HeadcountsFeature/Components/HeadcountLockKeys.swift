import BotKit

/// The button lock of a headcount (§10.5).
extension ButtonLockKey {
    /// End and convert of one headcount (they conflict like a run's end and cancel).
    static func headcountLifecycle(_ headcountID: Int64) -> ButtonLockKey {
        ButtonLockKey("headcount:lifecycle:\(headcountID)")
    }
}
