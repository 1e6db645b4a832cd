import CSQLite

/// While a write job's body runs, the writer connection refuses BEGIN, COMMIT, ROLLBACK and
/// the job's own savepoint: a body that ended the group transaction would commit or undo other
/// callers' work behind their backs. SQLite asks this authorizer when it prepares a statement.
final class TransactionControlGuard {
    /// The savepoint name GroupCommit wraps each job in.
    static let jobSavepoint = "write_job"
    /// True while a job body runs.
    var isGuarding = false

    /// Installs the authorizer on `connection`; the connection keeps this guard alive.
    func install(on connection: Connection) {
        sqlite3_set_authorizer(connection.handle, transactionControlAuthorizer, Unmanaged.passUnretained(self).toOpaque())
    }
}

/// Denies transaction control while the guard is active; everything else is allowed.
private func transactionControlAuthorizer(
    _ context: UnsafeMutableRawPointer?, _ action: Int32, _ first: UnsafePointer<CChar>?,
    _ second: UnsafePointer<CChar>?, _ database: UnsafePointer<CChar>?, _ trigger: UnsafePointer<CChar>?
) -> Int32 {
    guard let context else { return SQLITE_OK }
    let guardState = Unmanaged<TransactionControlGuard>.fromOpaque(context).takeUnretainedValue()
    guard guardState.isGuarding else { return SQLITE_OK }
    if action == SQLITE_TRANSACTION { return SQLITE_DENY }
    if action == SQLITE_SAVEPOINT, let second,
       String(cString: second).lowercased() == TransactionControlGuard.jobSavepoint {
        return SQLITE_DENY
    }
    return SQLITE_OK
}
