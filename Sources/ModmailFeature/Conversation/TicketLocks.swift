/// One ticket's DMs to its member go out one sender at a time: the outbox's staff-message relay and
/// `/modmailreply` take the ticket's turn here, so a reply never overtakes a plain thread message
/// written before it, and no two senders drain one queue at once.
actor TicketLocks {
    private var held: Set<String> = []
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// Runs `body` once no other body holds `ticket`'s turn.
    func serially<T: Sendable>(_ ticket: String, _ body: @Sendable () async throws -> T) async throws -> T {
        while held.contains(ticket) {
            await withCheckedContinuation { waiting[ticket, default: []].append($0) }
        }
        held.insert(ticket)
        defer { release(ticket) }
        return try await body()
    }

    private func release(_ ticket: String) {
        held.remove(ticket)
        guard var queue = waiting[ticket], !queue.isEmpty else { return }
        let next = queue.removeFirst()
        waiting[ticket] = queue.isEmpty ? nil : queue
        next.resume()
    }
}
