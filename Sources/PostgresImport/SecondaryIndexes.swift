import Storage

/// The schema's non-unique indexes, dropped for the bulk load and recreated from their own stored
/// SQL once every table is in: SQLite builds an index from sorted rows in one pass, far cheaper
/// than one b-tree insert per row per index (quota_event has four). Unique indexes and primary
/// keys stay, because they enforce the constraints a refused row is reported under.
enum SecondaryIndexes {
    /// Drops every non-unique index of the schema; returns their CREATE statements.
    static func suspend(_ target: TargetDatabase) async throws -> [String] {
        try await target.database.write { connection in
            let indexes = try connection.fetchAll("""
                SELECT s.name, s.sql FROM sqlite_schema AS s
                JOIN pragma_index_list(s.tbl_name) AS i ON i.name = s.name
                WHERE s.type = 'index' AND s.sql IS NOT NULL AND i."unique" = 0 ORDER BY s.name
                """) { (try $0.get(0, as: String.self), try $0.get(1, as: String.self)) }
            for (name, _) in indexes { try connection.execute("DROP INDEX \"\(name)\"") }
            return indexes.map(\.1)
        }
    }

    /// Recreates the indexes `suspend` dropped.
    static func restore(_ target: TargetDatabase, indexes: [String]) async throws {
        try await target.database.write { connection in
            for sql in indexes { try connection.executeScript(sql) }
        }
    }
}
