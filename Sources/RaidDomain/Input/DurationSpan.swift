/// The units the incumbent's duration options accept.
public enum DurationUnit: Character, CaseIterable, Hashable, Sendable {
    /// Minutes: `30m`.
    case minutes = "m"
    /// Hours: `2h`.
    case hours = "h"
    /// Days: `1d`.
    case days = "d"

    /// Minutes in one of this unit.
    public var minutes: Int {
        switch self {
        case .minutes: return 1
        case .hours: return 60
        case .days: return 1440
        }
    }

    /// An example for help texts.
    public var example: String {
        switch self {
        case .minutes: return "30m"
        case .hours: return "2h"
        case .days: return "1d"
        }
    }

    /// A number of minutes in the largest whole unit: "30 minutes", "2 hours", "30 days".
    public static func describe(minutes: Int) -> String {
        let (count, unit) = minutes % 1440 == 0 ? (minutes / 1440, "day")
            : minutes % 60 == 0 ? (minutes / 60, "hour") : (minutes, "minute")
        return "\(count) \(unit)\(count == 1 ? "" : "s")"
    }
}

/// A length of time typed as `<n><unit>` (`30m`, `2h`, `1d`), kept in whole minutes.
public struct DurationSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The length in minutes.
    public let minutes: Int

    /// A length in minutes.
    public init(minutes: Int) { self.minutes = minutes }

    /// The length in seconds, for adding to a `Timestamp`.
    public var seconds: Int64 { Int64(minutes) * 60 }

    /// Shorter spans sort first.
    public static func < (lhs: DurationSpan, rhs: DurationSpan) -> Bool { lhs.minutes < rhs.minutes }

    /// "2 hours", "30 minutes".
    public var description: String { DurationUnit.describe(minutes: minutes) }
}

/// Which units and range one command's duration option accepts.
public struct DurationRule: Hashable, Sendable {
    /// Accepted units, in the order help texts list them.
    public let units: [DurationUnit]
    /// Accepted range, in minutes.
    public let range: ClosedRange<Int>

    /// A duration rule.
    public init(units: [DurationUnit], range: ClosedRange<Int>) {
        self.units = units
        self.range = range
    }

    /// `/suspend`: hours or days, 1 hour to 720 hours (§1.2).
    public static let suspension = DurationRule(units: [.hours, .days], range: 60...43_200)
    /// `/mute`: minutes, hours or days, 1 minute to 43 200 minutes (§1.2).
    public static let mute = DurationRule(units: [.minutes, .hours, .days], range: 1...43_200)

    /// Parses `<n><unit>` (surrounding spaces and the unit's case ignored); anything else, or a
    /// length outside the range, is refused with a reason.
    public func parse(_ text: String) -> Result<DurationSpan, InputProblem> {
        let trimmed = text.trimmingSpaces()
        guard let last = trimmed.last?.lowercased().first, let unit = DurationUnit(rawValue: last),
              units.contains(unit) else { return .failure(.durationFormat(trimmed, accepted: units)) }
        let digits = trimmed.dropLast()
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(.durationFormat(trimmed, accepted: units))
        }
        guard digits.count <= 9, let count = Int(digits), range.contains(count * unit.minutes) else {
            return .failure(.durationOutOfRange(minimumMinutes: range.lowerBound, maximumMinutes: range.upperBound))
        }
        return .success(DurationSpan(minutes: count * unit.minutes))
    }
}
