import RaidDomain

/// A weekly repeat at an hour of the UTC week (weekday × 24 + hour, Monday 0), as
/// `quota_role_config.rollover_week_hour` stores it.
struct QuotaSchedule: Hashable, Sendable {
    static let hourMilliseconds: Int64 = 3_600_000
    static let weekMilliseconds: Int64 = 7 * 24 * hourMilliseconds
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// 0 (Monday 00:00 UTC) to 167 (Sunday 23:00 UTC).
    let weekHour: Int

    init?(weekHour: Int?) {
        guard let weekHour, (0..<168).contains(weekHour) else { return nil }
        self.weekHour = weekHour
    }

    /// The first occurrence strictly after `time`.
    func next(after time: Timestamp) -> Timestamp {
        let ms = time.unixMilliseconds
        let day = QuotaWindow.dayMilliseconds
        let days = ms >= 0 ? ms / day : (ms - day + 1) / day
        let weekday = ((days + 3) % 7 + 7) % 7 // 1970-01-01 was a Thursday (3 days after Monday)
        let weekStart = (days - weekday) * day
        var candidate = weekStart + Int64(weekHour) * Self.hourMilliseconds
        while candidate <= ms { candidate += Self.weekMilliseconds }
        return Timestamp(unixMilliseconds: candidate)
    }

    /// "Every Monday at 18:00 UTC".
    var description: String {
        let hour = weekHour % 24
        return "Every \(Self.weekdays[weekHour / 24]) at \(hour < 10 ? "0" : "")\(hour):00 UTC"
    }
}
