/// The writer's own transaction-control statements, prepared once and kept out of the shared
/// statement cache.
struct ControlStatements {
    /// One prepared control statement.
    struct Control {
        let statement: Statement

        /// Steps it to completion and resets it.
        func run() throws {
            defer { statement.reset() }
            while try statement.step() {}
        }
    }

    let begin: Control
    let commit: Control
    let rollback: Control
    let savepoint: Control
    let release: Control
    let rollbackToSavepoint: Control

    init(connection: Connection) throws {
        func control(_ sql: String) throws -> Control { Control(statement: try Statement(sql: sql, connection: connection)) }
        let name = TransactionControlGuard.jobSavepoint
        begin = try control("BEGIN IMMEDIATE")
        commit = try control("COMMIT")
        rollback = try control("ROLLBACK")
        savepoint = try control("SAVEPOINT \(name)")
        release = try control("RELEASE \(name)")
        rollbackToSavepoint = try control("ROLLBACK TO \(name)")
    }
}
