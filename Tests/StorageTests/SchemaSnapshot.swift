@testable import Storage

/// Everything observable in a database file: its schema and every row of every table, so a test
/// can prove a failed operation changed nothing.
struct SchemaSnapshot: Equatable {
    let schema: [String]
    let rows: [String: [[DatabaseValue]]]

    static func take(_ path: String) throws -> SchemaSnapshot {
        let connection = try Connection(path: path, flags: 1)  // SQLITE_OPEN_READONLY
        defer { connection.close() }
        let schema = try connection.fetchAll(
            "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name"
        ) { try $0.get(0, as: String.self) }
        let tables = try connection.fetchAll(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ) { try $0.get(0, as: String.self) }
        var rows: [String: [[DatabaseValue]]] = [:]
        for table in tables {
            rows[table] = try connection.fetchAll("SELECT * FROM \"\(table)\" ORDER BY rowid") { row in
                (0..<row.count).map { row.value(at: $0) }
            }
        }
        return SchemaSnapshot(schema: schema, rows: rows)
    }
}
