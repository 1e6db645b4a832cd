/// An append-only log that tests can await: "the first entry matching X", now or when it arrives.
///
/// Waiting is built on continuations, never on polling; a timeout child task resumes an expired
/// waiter with `SandboxError.timeout`.
public actor AwaitableLog<Element: Sendable> {
    private struct Waiter {
        let predicate: @Sendable (Element) -> Bool
        let continuation: CheckedContinuation<Element, any Error>
        var skip: Int
    }

    private var elements: [Element] = []
    private var waiters: [Int: Waiter] = [:]
    private var nextWaiterID = 0
    private var expired: Set<Int> = []
    private let defaultTimeout: Duration

    /// Creates an empty log whose waits give up after `defaultTimeout`.
    public init(defaultTimeout: Duration) {
        self.defaultTimeout = defaultTimeout
    }

    /// Every entry so far, oldest first.
    public var all: [Element] { elements }

    /// How many entries the log holds (use as a cursor for `first(matching:after:)`).
    public var count: Int { elements.count }

    /// Appends an entry and wakes every waiter it satisfies.
    public func append(_ element: Element) {
        elements.append(element)
        for (id, waiter) in waiters where waiter.predicate(element) {
            if waiter.skip > 0 {
                waiters[id]?.skip -= 1
                continue
            }
            waiters[id] = nil
            waiter.continuation.resume(returning: element)
        }
    }

    /// Appends an entry built from its index (so numbering and order agree under concurrency).
    @discardableResult
    public func append(making element: (Int) -> Element) -> Element {
        let made = element(elements.count)
        append(made)
        return made
    }

    /// The earliest entry at index `after` or later matching `predicate`, waiting for it if needed;
    /// `occurrence` 1 asks for the second match, and so on.
    public func first(
        after cursor: Int = 0,
        occurrence: Int = 0,
        within timeout: Duration? = nil,
        matching predicate: @escaping @Sendable (Element) -> Bool
    ) async throws -> Element {
        let matches = cursor < elements.count ? elements[cursor...].filter(predicate) : []
        if matches.count > occurrence { return matches[occurrence] }
        return try await wait(for: predicate, skip: occurrence, from: cursor, timeout: timeout ?? defaultTimeout)
    }

    /// The next entry appended after this call that matches `predicate`.
    public func next(
        within timeout: Duration? = nil,
        matching predicate: @escaping @Sendable (Element) -> Bool
    ) async throws -> Element {
        try await wait(for: predicate, skip: 0, from: elements.count, timeout: timeout ?? defaultTimeout)
    }

    /// Every entry matching `predicate`, oldest first.
    public func filter(_ predicate: (Element) -> Bool) -> [Element] {
        elements.filter(predicate)
    }

    private func wait(
        for predicate: @escaping @Sendable (Element) -> Bool, skip: Int, from start: Int, timeout: Duration
    ) async throws -> Element {
        let id = nextWaiterID
        nextWaiterID += 1
        // The group awaits both children, so `expire` has run by the time it returns.
        defer { expired.remove(id) }
        return try await withThrowingTaskGroup(of: Element.self) { group in
            group.addTask { try await self.suspend(id: id, skip: skip, from: start, predicate: predicate) }
            group.addTask {
                try? await Task.sleep(for: timeout)
                await self.expire(id: id, after: timeout)
                throw SandboxError(.timeout, "no matching entry within \(timeout)")
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else {
                throw SandboxError(.timeout, "wait ended without a result")
            }
            return first
        }
    }

    /// Registers the waiter, first re-scanning what arrived since `start` (the actor may have run
    /// `append` between the caller's scan and this hop).
    private func suspend(
        id: Int, skip: Int, from start: Int, predicate: @escaping @Sendable (Element) -> Bool
    ) async throws -> Element {
        if expired.remove(id) != nil { throw SandboxError(.timeout, "wait expired before it began") }
        let matches = start < elements.count ? elements[start...].filter(predicate) : []
        if matches.count > skip { return matches[skip] }
        return try await withCheckedThrowingContinuation { continuation in
            waiters[id] = Waiter(predicate: predicate, continuation: continuation, skip: skip - matches.count)
        }
    }

    private func expire(id: Int, after timeout: Duration) {
        guard let waiter = waiters.removeValue(forKey: id) else {
            expired.insert(id)
            return
        }
        waiter.continuation.resume(throwing: SandboxError(.timeout, "no matching entry within \(timeout)"))
    }
}
