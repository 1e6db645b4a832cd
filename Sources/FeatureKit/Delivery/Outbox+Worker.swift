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
        let item: OutboxItem?
        let coalesceKey: String?
        let nextAttemptAt: Int64
        let attempts: Int
    }

    /// Carries out pending items until the task is cancelled; sleeps until nudged or until the
    /// earliest retry is due.
    public func run() async {
        while !Task.isCancelled {
            let due = await pass()
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
    }

    /// One pass over up to 500 pending items; returns when the next blocked item is due, if any.
    func pass() async -> Int64? {
        let pending: [Pending]
        do {
            pending = try await database.read { try $0.fetchAll(OutboxQueries.pending, 500, map: Self.pending) }
        } catch {
            logger.error("outbox unreadable", metadata: ["error": "\(error)"])
            return clock.unixMilliseconds() + policy.firstBackoffMilliseconds
        }
        let byTarget = Dictionary(grouping: pending, by: \.target)
        return await withTaskGroup(of: Int64?.self) { group in
            for items in byTarget.values { group.addTask { await self.perform(items) } }
            var earliest: Int64?
            for await due in group { if let due { earliest = min(earliest ?? due, due) } }
            return earliest
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
            guard let item = pending.item else {
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
                item: try? OutboxItem.decode(try row.get(2, as: String.self)), coalesceKey: try row.get(3, as: String?.self),
                nextAttemptAt: try row.get(4, as: Int64.self), attempts: try row.get(5, as: Int.self))
    }
}
