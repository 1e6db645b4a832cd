/// Refuses a source that is not the incumbent's final schema, naming every missing table and column.
enum SchemaCheck {
    static func verify(_ source: SourceDatabase, url: PostgresURL) async throws(ImportError) {
        let present = try await source.columnsByTable()
        var missing: [String] = []
        for table in IncumbentTables.all {
            guard let columns = present[table.name] else {
                missing.append("table \(table.name)")
                continue
            }
            for column in table.sourceColumns where !columns.contains(column) {
                missing.append("column \(table.name).\(column)")
            }
        }
        guard !missing.isEmpty else { return }
        throw ImportError(.schema, "\(url.database) on \(url.host):\(url.port) is not the incumbent's database "
            + "(final schema, migration 057): missing \(missing.prefix(15).joined(separator: ", "))"
            + (missing.count > 15 ? " and \(missing.count - 15) more" : ""))
    }
}
