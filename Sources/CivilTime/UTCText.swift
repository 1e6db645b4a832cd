/// Unix milliseconds rendered as UTC text, by hand: Foundation's formatters would pull ICU (+42 MB)
/// into the binary. One place for every format the bot writes (Discord's ISO 8601, file names, the
/// quota modal's `YYYY-MM-DD HH:MM`).
public struct UTCFields: Hashable, Sendable {
    /// Calendar year, month (1–12) and day (1–31).
    public let year: Int64, month: Int64, day: Int64
    /// Hour (0–23), minute and second (0–59).
    public let hour: Int64, minute: Int64, second: Int64
    /// Milliseconds within the second (0–999).
    public let millisecond: Int64

    /// Splits Unix milliseconds into UTC fields (instants before 1970 included).
    public init(unixMilliseconds: Int64) {
        let days = CivilCalendar.floorDivide(unixMilliseconds, 86_400_000)
        let millisOfDay = unixMilliseconds - days * 86_400_000
        (year, month, day) = CivilCalendar.date(fromDays: days)
        let seconds = millisOfDay / 1000
        hour = seconds / 3600
        minute = seconds / 60 % 60
        second = seconds % 60
        millisecond = millisOfDay % 1000
    }

    /// `2026-11-30`.
    public var date: String { Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2) }

    /// `2026-11-30T01:02:03.456` with `suffix` appended (`Z` or `+00:00`).
    public func iso8601(suffix: String = "Z") -> String {
        date + "T" + Self.pad(hour, 2) + ":" + Self.pad(minute, 2) + ":" + Self.pad(second, 2)
            + "." + Self.pad(millisecond, 3) + suffix
    }

    /// `20261130T021500Z`: sortable, and safe in file names.
    public var compact: String {
        Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2) + "T"
            + Self.pad(hour, 2) + Self.pad(minute, 2) + Self.pad(second, 2) + "Z"
    }

    /// `2026-11-30 02:15`, the quota modal's format.
    public var minutes: String { date + " " + Self.pad(hour, 2) + ":" + Self.pad(minute, 2) }

    /// Zero-pads `value` to `width` digits.
    public static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
