/// The window a quota role's leaderboard counts (§5.7): `[start, reset)` while the reset lies ahead,
/// `[reset, now)` once it has passed (there is no automatic rollover).
public struct QuotaPeriod: Hashable, Sendable {
    /// Inclusive start.
    public let start: Timestamp
    /// Exclusive end.
    public let end: Timestamp

    /// The window for a configuration at `now`.
    public static func window(periodStart: Timestamp, resetAt: Timestamp, at now: Timestamp) -> QuotaPeriod {
        resetAt > now ? QuotaPeriod(start: periodStart, end: resetAt) : QuotaPeriod(start: resetAt, end: now)
    }

    /// A fresh period from `now` for a week: what Reset Panel and a new configuration use.
    public static func week(from now: Timestamp) -> (periodStart: Timestamp, resetAt: Timestamp) {
        (now, now.adding(minutes: 7 * 24 * 60))
    }

    /// Whether an event at `time` counts in this window.
    public func contains(_ time: Timestamp) -> Bool { start <= time && time < end }
}

/// How many runs a ledger event stands for (§5.2): a manual `/logrun` event carries its count in
/// the subject's fourth segment; every other event counts one; the sign follows the points.
public enum LedgerRunCount {
    /// The signed run count of an event with `subject` and signed `amount` (quota points for
    /// organizing, points for completions).
    public static func runs(subject: String, amount: Points) -> Int {
        guard !amount.isZero else { return 0 }
        let sign = amount.hundredths < 0 ? -1 : 1
        let parts = subject.split(separator: ":", omittingEmptySubsequences: false)
        if parts.first == "manual_log_run", parts.count >= 4, let count = Int(parts[3]) { return sign * count }
        return sign
    }
}
