/// ISO 8601 timestamps written by hand (no DateFormatter: it pulls ICU into the binary).
enum ISOTimestamp {
    /// `2026-11-30T02:15:00.123+00:00`, the form Discord uses, for a Unix time in milliseconds.
    static func string(unixMilliseconds: UInt64) -> String {
        let millis = Int(unixMilliseconds % 1000)
        let seconds = Int(unixMilliseconds / 1000)
        let (year, month, day) = CivilCalendar.date(fromDays: Int64(seconds / 86_400))
        let secondOfDay = seconds % 86_400
        let time = "\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60)):\(pad(secondOfDay % 60))"
        return "\(year)-\(pad(Int(month)))-\(pad(Int(day)))T\(time).\(pad(millis, width: 3))+00:00"
    }

    private static func pad(_ value: Int, width: Int = 2) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
