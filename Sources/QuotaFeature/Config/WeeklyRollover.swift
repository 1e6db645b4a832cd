import RaidDomain

/// When a quota role's period repeats: weekly at one UTC weekday and hour, or never. Stored in
/// `quota_role_config.rollover_week_hour` as weekday × 24 + hour with Monday 0 (NULL: never), so
/// the rollover task reads one integer. Typed as `Mon 18:00` or `never`, strictly: whole hours only.
struct WeeklyRollover: Hashable, Sendable {
    /// English three-letter weekdays, Monday first.
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// The hour of the UTC week, 0…167.
    let weekHour: Int

    /// A schedule at `weekHour` (0…167).
    init?(weekHour: Int) {
        guard (0...167).contains(weekHour) else { return nil }
        self.weekHour = weekHour
    }

    /// `Mon 18:00`, as the modal shows it.
    var text: String {
        let hour = weekHour % 24
        return "\(Self.weekdays[weekHour / 24]) \(hour < 10 ? "0" : "")\(hour):00"
    }

    /// The text of an optional schedule: `never` when none.
    static func text(_ schedule: WeeklyRollover?) -> String { schedule?.text ?? "never" }

    /// Parses `never` (nil) or `<Mon…Sun> <HH>:00`; a weekday in any letter case. Anything else is
    /// refused with the reason.
    static func parse(_ typed: String) -> Result<WeeklyRollover?, WeeklyRolloverProblem> {
        let text = typed.trimmingSpaces()
        if text.lowercased() == "never" { return .success(nil) }
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2,
              let day = weekdays.firstIndex(where: { $0.lowercased() == parts[0].lowercased() }) else {
            return .failure(.format(text))
        }
        let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2, clock[0].count == 2, clock[1] == "00", clock[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              let hour = Int(clock[0]), (0...23).contains(hour) else { return .failure(.format(text)) }
        return .success(WeeklyRollover(weekHour: day * 24 + hour))
    }
}

/// Why a typed schedule was refused.
enum WeeklyRolloverProblem: Error, Hashable, Sendable {
    /// Not `never` and not `<weekday> <HH>:00`.
    case format(String)

    /// The plain answer.
    var reply: String {
        switch self {
        case .format(let text):
            "❌ Repeats weekly `\(ConfigInput.echo(text))` is not a schedule: write a weekday and a whole UTC hour like "
                + "`Mon 18:00`, or `never`."
        }
    }
}
