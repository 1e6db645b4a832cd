import RaidDomain

/// A half-open time window `[since, until)` in Unix ms (nil: unbounded), split the way the totals
/// answer it: whole UTC days from `quota_total_day`, and the partial edge days from the ledger.
public struct QuotaWindow: Hashable, Sendable {
    /// Milliseconds per day bucket.
    public static let dayMilliseconds: Int64 = 86_400_000

    /// Inclusive start, or nil for "since the beginning".
    public let since: Int64?
    /// Exclusive end, or nil for "until now and after".
    public let until: Int64?

    /// A window; `since < until` when both are given (the command layer refuses the rest).
    public init(since: Int64? = nil, until: Int64? = nil) {
        self.since = since
        self.until = until
    }

    /// All time.
    public static let allTime = QuotaWindow()

    /// The last `days` days before `now`.
    public static func last(days: Int64, before now: Int64) -> QuotaWindow {
        QuotaWindow(since: now - days * dayMilliseconds, until: now)
    }

    /// True when the window has no bounds (read the all-time member totals).
    public var isAllTime: Bool { since == nil && until == nil }

    /// The arguments of `QuotaTotalsQueries.windowed`: whole days `[first, end)` and two ledger edge
    /// ranges `[a, b)`, `[c, d)`; an empty range is `x = y`.
    var parts: (firstDay: Int64, endDay: Int64, headStart: Int64, headEnd: Int64, tailStart: Int64, tailEnd: Int64) {
        let day = Self.dayMilliseconds
        let low = since ?? Int64.min / 2, high = until ?? Int64.max / 2
        let firstDay = since.map { Self.ceilDiv($0, day) } ?? Int64.min / 2 / day
        let endDay = until.map { Self.floorDiv($0, day) } ?? Int64.max / 2 / day
        guard firstDay < endDay else { return (0, 0, low, high, 0, 0) }
        return (firstDay, endDay, low, max(low, firstDay * day), min(high, endDay * day), high)
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
    private static func ceilDiv(_ a: Int64, _ b: Int64) -> Int64 { -floorDiv(-a, b) }
}
