/// One-statement reads: a single SELECT is its own snapshot in SQLite, so these skip the
/// BEGIN/COMMIT a `read {}` body pays for (about 8% of a hot indexed lookup at 16 callers).
/// Use `read {}` whenever two statements must see the same snapshot.
extension Database {
    /// Every row of one query, mapped in order.
    public func fetchAll<T: Sendable>(
        _ sql: String, _ arguments: (any DatabaseValueConvertible)?...,
        map: @escaping @Sendable (Row) throws -> T
    ) async throws -> [T] {
        let values = arguments.map { $0?.databaseValue ?? .null }
        return try await readers.read(snapshot: false) { try $0.fetchAll(sql, arguments: values, map: map) }
    }

    /// The first row of one query, mapped, or nil when there is none.
    public func fetchOne<T: Sendable>(
        _ sql: String, _ arguments: (any DatabaseValueConvertible)?...,
        map: @escaping @Sendable (Row) throws -> T
    ) async throws -> T? {
        let values = arguments.map { $0?.databaseValue ?? .null }
        return try await readers.read(snapshot: false) { try $0.fetchOne(sql, arguments: values, map: map) }
    }

    /// The first column of the first row of one query as `T`, or nil when there is no row.
    public func fetchValue<T: DatabaseValueConvertible & Sendable>(
        _ sql: String, _ arguments: (any DatabaseValueConvertible)?..., as type: T.Type = T.self
    ) async throws -> T? {
        let values = arguments.map { $0?.databaseValue ?? .null }
        return try await readers.read(snapshot: false) {
            try $0.fetchOne(sql, arguments: values) { try $0.get(0, as: T.self) }
        }
    }
}
