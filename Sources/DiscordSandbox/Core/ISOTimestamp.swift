/// ISO 8601 timestamps written by hand (no DateFormatter: it pulls ICU into the binary).
enum ISOTimestamp {
    /// `2026-11-30T02:15:00.123+00:00`, the form Discord uses, for a Unix time in milliseconds.
    static func string(unixMilliseconds: UInt64) -> String {
        let millis = Int(unixMilliseconds % 1000)
        let seconds = Int(unixMilliseconds / 1000)
        let (year, month, day) = civilDate(daysSinceEpoch: seconds / 86_400)
        let secondOfDay = seconds % 86_400
        let time = "\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60)):\(pad(secondOfDay % 60))"
        return "\(year)-\(pad(month))-\(pad(day))T\(time).\(pad(millis, width: 3))+00:00"
    }

    /// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian, UTC).
    private static func civilDate(daysSinceEpoch days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func pad(_ value: Int, width: Int = 2) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
