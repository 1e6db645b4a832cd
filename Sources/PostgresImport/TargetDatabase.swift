import Logging
import Storage

/// The new SQLite file the import fills: the bundled schema (migrations applied on open), one
/// write transaction per batch. A row that breaks a constraint is set aside as an `InvalidRow`
/// (SQLite undoes only that statement) and the rest of the batch commits.
final class TargetDatabase: Sendable {
    /// The open database.
    let database: Database

    init(path: String, logger: Logger) throws {
        database = try Database(
            configuration: DatabaseConfiguration(path: path, readerCount: 1, synchronous: .normal),
            migrations: Migration.bundled, logger: logger)
    }

    /// Inserts one batch in one transaction; returns the rows refused.
    func insert(_ rows: [[DatabaseValue]], into table: ImportTable) async throws -> [InvalidRow] {
        let sql = table.insertSQL
        return try await database.write { connection in
            var refused: [InvalidRow] = []
            for row in rows {
                do {
                    try Self.insert(row, into: table, sql: sql, on: connection)
                } catch let error as StorageError where error.isConstraintViolation {
                    refused.append(InvalidRow(table: table.name, key: Self.key(of: row, in: table), reason: error.message))
                }
            }
            return refused
        }
    }

    private static func insert(_ row: [DatabaseValue], into table: ImportTable, sql: String, on connection: Connection) throws {
        guard table.special == .runRole else {
            try connection.execute(sql, arguments: row)
            return
        }
        // raidbot's run.role_id refers to run_role (the roles the bot created); the incumbent's run
        // roles are recorded there, deleted when the run had ended (the incumbent deleted them then).
        let roleIndex = table.index(of: "role_id")
        var withoutRole = row
        withoutRole[roleIndex] = .null
        try connection.execute(sql, arguments: withoutRole)
        guard case .integer = row[roleIndex] else { return }
        let value = { row[table.index(of: $0)] }
        let deletedAt: DatabaseValue = value("status") == .text("ended")
            ? (value("ended_at") == .null ? value("created_at") : value("ended_at")) : .null
        try connection.execute(
            "INSERT OR IGNORE INTO run_role (role_id, guild_id, run_id, created_at, deleted_at) VALUES (?, ?, ?, ?, ?)",
            arguments: [row[roleIndex], value("guild_id"), value("id"), value("created_at"), deletedAt])
        try connection.execute("UPDATE run SET role_id = ? WHERE id = ? AND EXISTS (SELECT 1 FROM run_role WHERE role_id = ?)",
                               arguments: [row[roleIndex], value("id"), row[roleIndex]])
    }

    /// `column=value, …` over the table's key columns.
    static func key(of row: [DatabaseValue], in table: ImportTable) -> String {
        table.key.map { column in
            switch row[table.index(of: column)] {
            case .integer(let number): return "\(column)=\(number)"
            case .text(let text): return "\(column)=\(text)"
            case .null: return "\(column)=NULL"
            case .real(let number): return "\(column)=\(number)"
            case .blob: return "\(column)=<blob>"
            }
        }.joined(separator: ", ")
    }

    /// Rows in a target table.
    func count(_ table: String) async throws -> Int64 {
        try await database.read { try $0.fetchValue("SELECT count(*) FROM \(table)", as: Int64.self) ?? 0 }
    }

    /// Closes the database (checkpointing its WAL into the file).
    func close() async { await database.close() }
}
