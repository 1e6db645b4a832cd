import Storage

/// Totals computed on both databases and compared member by member: raider and quota points
/// (the target's side read from the maintained totals, so the triggers are checked too), and
/// punishments (all, and active).
enum ImportVerification {
    struct Check: Sendable {
        let name: String
        let figures: String
        let source: @Sendable (UInt64?) -> String
        let target: String
    }

    static let checks: [Check] = [
        Check(
            name: "points per member", figures: "points/quota points/events",
            source: { guild in
                "SELECT guild_id::bigint, actor_user_id::bigint, round(sum(points) * 100)::bigint, "
                    + "round(sum(quota_points) * 100)::bigint, count(*)::bigint FROM quota_event"
                    + (guild.map { " WHERE guild_id = \($0)" } ?? "") + " GROUP BY 1, 2"
            },
            target: "SELECT guild_id, user_id, SUM(points), SUM(quota_points), SUM(events) FROM quota_total_member GROUP BY 1, 2"),
        Check(
            name: "punishments per member", figures: "punishments/active",
            source: { guild in
                "SELECT guild_id::bigint, user_id::bigint, count(*)::bigint, (count(*) FILTER (WHERE active))::bigint "
                    + "FROM punishment" + (guild.map { " WHERE guild_id = \($0)" } ?? "") + " GROUP BY 1, 2"
            },
            target: "SELECT guild_id, user_id, count(*), SUM(active) FROM punishment GROUP BY 1, 2"),
    ]

    /// Runs every check; fills `report.verified` and `report.differences`.
    static func run(source: SourceDatabase, target: TargetDatabase, guild: UInt64?, into report: inout ImportReport) async throws {
        for check in checks {
            var sourceTotals: [String: [Int64]] = [:]
            try await source.stream(check.source(guild), during: "verifying \(check.name) on") { values in
                let (key, figures) = split(values)
                sourceTotals[key] = figures
            }
            let targetRows = try await target.database.read { connection in
                try connection.fetchAll(check.target) { row in
                    split((0..<row.count).map { row.value(at: $0) })
                }
            }
            let targetTotals = Dictionary(targetRows, uniquingKeysWith: { first, _ in first })
            report.verified[check.name] = Set(sourceTotals.keys).union(targetTotals.keys).count
            for key in Set(sourceTotals.keys).union(targetTotals.keys).sorted() where sourceTotals[key] != targetTotals[key] {
                report.differences.append(ImportReport.Difference(
                    check: check.name, subject: key,
                    source: render(sourceTotals[key], check), target: render(targetTotals[key], check)))
            }
        }
    }

    private static func split(_ values: [DatabaseValue]) -> (String, [Int64]) {
        let numbers = values.map { value -> Int64 in
            if case .integer(let number) = value { return number }
            return 0
        }
        return ("guild \(numbers[0]) member \(numbers[1])", Array(numbers.dropFirst(2)))
    }

    private static func render(_ figures: [Int64]?, _ check: Check) -> String {
        guard let figures else { return "none" }
        let shown = check.name == "points per member"
            ? [hundredths(figures[0]), hundredths(figures[1]), "\(figures[2])"] : figures.map { "\($0)" }
        return shown.joined(separator: "/") + " (\(check.figures))"
    }

    /// 125 → "1.25".
    static func hundredths(_ value: Int64) -> String {
        let magnitude = value.magnitude
        let cents = magnitude % 100
        return (value < 0 ? "-" : "") + "\(magnitude / 100)." + (cents < 10 ? "0" : "") + "\(cents)"
    }
}
