import CivilTime

/// `YYYY-MM-DD HH:MM` in UTC, the format of the quota configuration modal (§5.7), converted by
/// hand because DateFormatter would pull in ICU (+42 MB).
public enum UTCDateTime {
    /// Parses `YYYY-MM-DD HH:MM` (UTC) into a moment; nil for anything malformed or impossible
    /// (month 13, February 30th, hour 24).
    public static func parse(_ text: String) -> Timestamp? {
        let parts = text.trimmingSpaces().split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2 else { return nil }
        let date = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard date.count == 3, time.count == 2, date[0].count == 4, date[1].count == 2, date[2].count == 2,
              time[0].count == 2, time[1].count == 2,
              let year = number(date[0]), let month = number(date[1]), let day = number(date[2]),
              let hour = number(time[0]), let minute = number(time[1]),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        return Timestamp(unixMilliseconds: ((days * 24 + Int64(hour)) * 60 + Int64(minute)) * 60_000)
    }

    /// Formats a moment as `YYYY-MM-DD HH:MM` (UTC), e.g. to prefill the modal.
    public static func format(_ time: Timestamp) -> String { UTCFields(unixMilliseconds: time.unixMilliseconds).minutes }

    private static func number(_ text: Substring) -> Int64? {
        text.allSatisfy { $0.isASCII && $0.isNumber } ? Int64(text) : nil
    }

    private static func isLeap(_ year: Int64) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
