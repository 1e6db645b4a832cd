import RaidDomain

/// When the rollover task closes a period: the schedule's next hour of the UTC week.
extension WeeklyRollover {
    static let hourMilliseconds: Int64 = 3_600_000
    static let weekMilliseconds: Int64 = 7 * 24 * hourMilliseconds

    /// A stored `rollover_week_hour`, nil for never (or a value out of range).
    init?(stored weekHour: Int?) {
        guard let weekHour else { return nil }
        self.init(weekHour: weekHour)
    }

    /// The first occurrence strictly after `time`.
    func next(after time: Timestamp) -> Timestamp {
        let ms = time.unixMilliseconds, day = QuotaWindow.dayMilliseconds
        let days = ms >= 0 ? ms / day : (ms - day + 1) / day
        let weekday = ((days + 3) % 7 + 7) % 7 // 1970-01-01 was a Thursday, three days after a Monday
        var candidate = (days - weekday) * day + Int64(weekHour) * Self.hourMilliseconds
        while candidate <= ms { candidate += Self.weekMilliseconds }
        return Timestamp(unixMilliseconds: candidate)
    }

    /// "Every Mon 18:00 UTC".
    var description: String { "Every \(text) UTC" }
}
