import DiscordModels
import DiscordREST
import Logging
import Storage

/// The worker: passes over the pending items, target by target, until cancelled.
extension Outbox {
    /// One stored item.
    struct Pending: Sendable {
        let id: Int64
        let target: String
        /// The stored JSON, decoded only when the item is carried out.
        let payload: String
        let coalesceKey: String?
        let nextAttemptAt: Int64
        let attempts: Int
    }

    /// What the worker waits for.
    private enum Event: Sendable {
        /// A target's items were carried out as far as they could be.
        case finished(target: String)
        /// A nudge came, or the earliest retry is due.
        case woke
    }

    /// Carries out pending items until the task is cancelled. Each target runs on its own, so a
    /// slow one (a member's roles behind Discord's rate limit) never holds up another (a panel
    /// redraw); the worker sleeps until nudged, a target finishes, or the earliest retry is due.
    public func run() async {
        await withTaskGroup(of: Event.self) { group in
            var inFlight: Set<String> = []
            var wakerDue: Int64?? = nil // nil: no waker; .some(nil): a waker without a deadline
            while !Task.isCancelled {
                let (batches, due) = await batches(excluding: inFlight)
                for (target, items) in batches {
                    inFlight.insert(target)
                    group.addTask { _ = await self.perform(items); return .finished(target: target) }
                }
                if let running = wakerDue, let due, running.map({ due < $0 }) ?? true {
                    wake.signal() // an earlier deadline: restart the waker with it
                } else if wakerDue == nil {
                    wakerDue = .some(due)
                    group.addTask { await self.sleep(untilWokenOr: due); return .woke }
                }
                guard let event = await group.next() else { break }
                switch event {
                case .woke: wakerDue = nil
                case .finished(let target): inFlight.remove(target)
                }
            }
            group.cancelAll()
        }
    }

    /// One pass over every target, waiting for all of them; returns when the next blocked item is
    /// due, if any (tests drive the worker with it).
    func pass() async -> Int64? {
        let (batches, due) = await batches(excluding: [])
        return await withTaskGroup(of: Int64?.self) { group in
            for items in batches.values { group.addTask { await self.perform(items) } }
            var earliest = due
            for await next in group { if let next { earliest = min(earliest ?? next, next) } }
            return earliest
        }
    }

    /// The pending items (up to 500) of targets not `excluding`, grouped by target, leaving out
    /// targets whose first item must still wait; and when the earliest of those is due.
    private func batches(excluding busy: Set<String>) async -> ([String: [Pending]], Int64?) {
        let pending: [Pending]
        do {
            pending = try await database.fetchAll(OutboxQueries.pending, 500, map: Self.pending)
        } catch {
            logger.error("outbox unreadable", metadata: ["error": "\(error)"])
            return ([:], clock.unixMilliseconds() + policy.firstBackoffMilliseconds)
        }
        let now = clock.unixMilliseconds()
        var due: Int64?
        let batches = Dictionary(grouping: pending.filter { !busy.contains($0.target) }, by: \.target).filter { _, items in
            guard let first = items.first, first.nextAttemptAt > now else { return true }
            due = min(due ?? first.nextAttemptAt, first.nextAttemptAt)
            return false
        }
        return (batches, due)
    }

    /// Returns once nudged, or at `due` (Unix ms) if given.
    private func sleep(untilWokenOr due: Int64?) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.wake.wait() }
            if let due {
                group.addTask {
                    let wait = Duration.milliseconds(max(0, due - self.clock.unixMilliseconds()))
                    try? await self.clock.sleep(until: self.clock.now() + wait)
                }
            }
            await group.next()
            group.cancelAll()
        }
    }

    /// The items of one target, in order; stops at the first that must wait. Returns when it is due.
    private func perform(_ items: [Pending]) async -> Int64? {
        let newestByKey = Dictionary(items.compactMap { item in item.coalesceKey.map { ($0, item.id) } },
                                     uniquingKeysWith: max)
        for pending in items {
            let now = clock.unixMilliseconds()
            guard pending.nextAttemptAt <= now else { return pending.nextAttemptAt }
            if let key = pending.coalesceKey, let newest = newestByKey[key], newest > pending.id {
                await finish(pending, "superseded")
                continue
            }
            guard let item = try? OutboxItem.decode(pending.payload) else {
                await finish(pending, "gave up: unreadable payload")
                continue
            }
            switch await attempt(item) {
            case .done:
                await finish(pending, "sent")
            case .giveUp(let reason):
                logger.warning("outbox item given up", metadata: ["outbox.id": "\(pending.id)", "kind": "\(item.kind)",
                                                                  "reason": "\(reason)"])
                await finish(pending, "gave up: \(reason)")
                await reportGiveUp(item, reason: reason)
            case .retry(let reason):
                if let due = await retry(pending, item: item, reason: reason) { return due }
            }
        }
        return nil
    }

    private func retry(_ pending: Pending, item: OutboxItem, reason: String) async -> Int64? {
        let attempts = pending.attempts + 1
        guard attempts < policy.maximumAttempts else {
            logger.warning("outbox item given up after retries",
                           metadata: ["outbox.id": "\(pending.id)", "kind": "\(item.kind)", "reason": "\(reason)"])
            await finish(pending, "gave up after \(attempts) attempts: \(reason)")
            await reportGiveUp(item, reason: "\(attempts) attempts failed: \(reason)")
            return nil
        }
        let due = clock.unixMilliseconds() + policy.backoff(afterAttempts: attempts)
        do {
            try await database.write { try $0.execute(OutboxQueries.retry, pending.id, attempts, due) }
        } catch {
            logger.error("outbox retry not recorded", metadata: ["error": "\(error)"])
        }
        return due
    }

    private func finish(_ pending: Pending, _ outcome: String) async {
        let now = clock.unixMilliseconds()
        do {
            try await database.write { connection in
                try connection.execute(OutboxQueries.finish, pending.id, now, String(outcome.prefix(500)))
                if let key = pending.coalesceKey, outcome == "sent" {
                    try connection.execute(OutboxQueries.supersede, key, pending.id, now)
                }
            }
        } catch {
            logger.error("outbox item not marked done; it may be sent again", metadata: ["error": "\(error)"])
        }
    }

    private static func pending(_ row: Row) throws -> Pending {
        Pending(id: try row.get(0, as: Int64.self), target: try row.get(1, as: String.self),
                payload: try row.get(2, as: String.self), coalesceKey: try row.get(3, as: String?.self),
                nextAttemptAt: try row.get(4, as: Int64.self), attempts: try row.get(5, as: Int.self))
    }
}
