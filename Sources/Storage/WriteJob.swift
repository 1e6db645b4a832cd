/// One caller's write, type-erased for the queue: `perform` runs the body on the writer connection
/// and returns the acknowledgement to deliver after COMMIT; `fail` delivers an error instead.
struct WriteJob: Sendable {
    let perform: @Sendable (Connection) throws -> @Sendable () -> Void
    let fail: @Sendable (any Error) -> Void

    /// Wraps a typed body and the continuation of the caller awaiting it.
    init<T: Sendable>(
        body: @escaping @Sendable (Connection) throws -> T,
        continuation: CheckedContinuation<T, any Error>
    ) {
        perform = { connection in
            let value = try body(connection)
            return { continuation.resume(returning: value) }
        }
        fail = { continuation.resume(throwing: $0) }
    }
}
