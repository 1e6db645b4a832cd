import CSQLite

/// Runs a multi-statement SQL script one statement at a time, so a caller can vet each statement
/// before it runs (the migrator refuses transaction control inside a migration) and errors name
/// the failing statement.
struct ScriptRunner {
    let connection: Connection

    /// Prepares, vets and runs each statement of `script` in order.
    func run(_ script: String, vet: (String) throws -> Void) throws {
        try script.withCString { base in
            var cursor: UnsafePointer<CChar>? = base
            while let current = cursor, current.pointee != 0 {
                var statement: OpaquePointer?
                var next: UnsafePointer<CChar>?
                let result = sqlite3_prepare_v2(connection.handle, current, -1, &statement, &next)
                guard result == SQLITE_OK else {
                    throw StorageError.sqlite(result, handle: connection.handle, sql: Self.excerpt(current))
                }
                cursor = next
                guard let statement else { continue }  // only whitespace or a comment was left
                defer { sqlite3_finalize(statement) }
                let sql = sqlite3_sql(statement).map { String(cString: $0) } ?? ""
                try vet(sql)
                try step(statement, sql: sql)
            }
        }
    }

    private func step(_ statement: OpaquePointer, sql: String) throws {
        while true {
            let result = sqlite3_step(statement)
            if result == SQLITE_DONE { return }
            if result != SQLITE_ROW { throw StorageError.sqlite(result, handle: connection.handle, sql: sql) }
        }
    }

    /// The start of an unparsable statement, so the error says where the script broke.
    private static func excerpt(_ text: UnsafePointer<CChar>) -> String {
        String(String(cString: text).prefix(200))
    }
}
