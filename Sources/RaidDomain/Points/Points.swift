/// An exact amount of points or quota points in integer hundredths (the incumbent's DECIMAL(10,2)),
/// so sums over thousands of ledger rows never drift the way floating point would.
public struct Points: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The amount in hundredths of a point: 125 is 1.25 points.
    public let hundredths: Int64

    /// An amount given in hundredths.
    public init(hundredths: Int64) { self.hundredths = hundredths }

    /// A whole number of points.
    public init(_ whole: Int64) { self.hundredths = whole * 100 }

    /// No points.
    public static let zero = Points(hundredths: 0)

    /// Whether this amount awards or removes anything at all.
    public var isZero: Bool { hundredths == 0 }

    /// Ledger totals are sums of events.
    public static func + (lhs: Points, rhs: Points) -> Points {
        Points(hundredths: lhs.hundredths + rhs.hundredths)
    }

    /// Removals subtract.
    public static func - (lhs: Points, rhs: Points) -> Points {
        Points(hundredths: lhs.hundredths - rhs.hundredths)
    }

    /// A removal of the same size.
    public static prefix func - (value: Points) -> Points { Points(hundredths: -value.hundredths) }

    /// A per-run or per-key value times a count (`/logrun` amount, `/logkey` amount).
    public static func * (value: Points, count: Int) -> Points {
        Points(hundredths: value.hundredths * Int64(count))
    }

    /// Smaller amounts sort first.
    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.hundredths < rhs.hundredths }

    /// The change that moves `total` by `self` without taking it below zero: the incumbent's clamp
    /// for `/logkey`, `/logrun` removals and manual adjustments (§5.4, §5.6).
    public func clampedSoTotalStaysNonNegative(total: Points) -> Points {
        guard hundredths < 0, (total + self).hundredths < 0 else { return self }
        return -total.nonNegative
    }

    private var nonNegative: Points { hundredths < 0 ? .zero : self }

    /// Plain decimal text with trailing zeros dropped: "3", "1.5", "-0.25".
    public var description: String {
        let magnitude = hundredths.magnitude
        let sign = hundredths < 0 ? "-" : ""
        let whole = magnitude / 100, fraction = magnitude % 100
        guard fraction != 0 else { return "\(sign)\(whole)" }
        let digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
        let trimmed = digits.hasSuffix("0") ? String(digits.dropLast()) : digits
        return "\(sign)\(whole).\(trimmed)"
    }
}
