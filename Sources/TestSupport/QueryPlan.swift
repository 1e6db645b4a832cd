import Storage

/// `EXPLAIN QUERY PLAN` for the plan tests on an empty database: every statement a feature runs by
/// a key must never scan a whole table.
public enum QueryPlan {
    /// The plan's detail lines, with `?1…?n` bound to 1…n.
    public static func details(_ sql: String, on database: Database) async throws -> [String] {
        let parameters = (1...20).last { sql.contains("?\($0)") } ?? 0
        return try await database.read { connection in
            try connection.fetchAll("EXPLAIN QUERY PLAN " + sql,
                                    arguments: (0..<parameters).map { Int64($0 + 1).databaseValue }) {
                try $0.get(3, as: String.self)
            }
        }
    }

    /// `SCAN t` without an index (a subquery's or CTE's scan names no table of ours).
    public static func isFullScan(_ detail: String) -> Bool {
        detail.hasPrefix("SCAN ") && !detail.contains("USING") && !detail.contains("CONSTANT ROW")
            && !detail.hasPrefix("SCAN (subquery-")
    }

    /// The full-scan lines of `sql`'s plan on a fresh database with the bundled schema.
    public static func fullScans(_ sql: String) async throws -> [String] {
        let db = try TemporaryDatabase(prefix: "plan")
        let plan = try await details(sql, on: db.database)
        await db.remove()
        return plan.filter(isFullScan)
    }
}
