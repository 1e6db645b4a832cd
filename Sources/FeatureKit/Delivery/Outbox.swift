import BotKit
import CivilTime
import DiscordModels
import DiscordREST
import Logging
import Storage
import Synchronization

/// The transactional outbox (FeatureKit's, used by every feature): a state change and the Discord
/// work it implies are written in one transaction (`enqueue`), and a worker (`run`) carries the work
/// out in order per target, with the REST client's rate limits and bounded retries, coalescing panel
/// redraws. It resumes after a restart from what the table holds. A handler may still send its
/// member's confirmation at once and mark it `sent`: the worker only steps in when it could not.
public final class Outbox: Sendable {
    /// Draws one panel (`run:12`): registered by the feature that owns the panel kind (`run`).
    public typealias Redrawer = @Sendable (_ id: String) async throws -> Void
    /// Told when a redraw of panel `id` is given up for good (a refusal, or retries run out), so the
    /// feature can say so where its people look; best effort, it must not throw.
    public typealias GiveUpHandler = @Sendable (_ id: String, _ reason: String) async -> Void

    let database: Database
    let rest: DiscordREST
    let clock: any BotClock
    let logger: Logger
    let policy: OutboxRetryPolicy
    private let redrawers = Mutex<[String: (redraw: Redrawer, gaveUp: GiveUpHandler?)]>([:])
    let wake = WakeSignal()

    /// An outbox over `database`, performing through `rest`.
    public init(database: Database, rest: DiscordREST, clock: any BotClock, logger: Logger,
                policy: OutboxRetryPolicy = OutboxRetryPolicy()) {
        self.database = database
        self.rest = rest
        self.clock = clock
        self.logger = logger
        self.policy = policy
    }

    /// Records `items` inside the caller's transaction; returns their ids, in order.
    @discardableResult
    public static func enqueue(_ items: [OutboxItem], _ connection: Connection, now: Int64) throws -> [Int64] {
        try items.map { item in
            try connection.execute(OutboxQueries.insert, item.target, item.kind, try item.payload(), item.coalesceKey,
                                   now, now + item.handlerGraceMilliseconds)
            return connection.lastInsertRowID
        }
    }

    /// The handler carried out item `id` itself.
    public func sent(_ id: Int64) async {
        let now = clock.unixMilliseconds()
        do {
            try await database.write { try $0.execute(OutboxQueries.finish, id, now, "sent by handler") }
        } catch {
            logger.warning("outbox item not marked sent; the worker will send it again", metadata: ["error": "\(error)"])
        }
    }

    /// Tells the worker new items are waiting.
    public func nudge() { wake.signal() }

    /// Registers how panels of `kind` (`run`, `headcount`) are redrawn, and optionally who hears
    /// when one is given up.
    public func register(panel kind: String, onGiveUp gaveUp: GiveUpHandler? = nil, _ redrawer: @escaping Redrawer) {
        redrawers.withLock { $0[kind] = (redrawer, gaveUp) }
    }

    func redrawer(for panel: String) -> (Redrawer, String)? {
        guard let (kind, id) = Self.split(panel) else { return nil }
        return redrawers.withLock { $0[kind] }.map { ($0.redraw, id) }
    }

    /// Tells the panel kind's give-up handler, if it registered one, that `item` was given up.
    func reportGiveUp(_ item: OutboxItem, reason: String) async {
        guard case .redraw(let panel) = item, let (kind, id) = Self.split(panel),
              let handler = redrawers.withLock({ $0[kind]?.gaveUp }) else { return }
        await handler(id, reason)
    }

    /// `run:12` as (`run`, `12`).
    private static func split(_ panel: String) -> (kind: String, id: String)? {
        guard let colon = panel.firstIndex(of: ":") else { return nil }
        return (String(panel[..<colon]), String(panel[panel.index(after: colon)...]))
    }

    /// Pending items and the age of the oldest, for `/metrics` and `/health`.
    public func backlog() async throws -> OutboxBacklog {
        let now = clock.unixMilliseconds()
        return try await database.read { connection in
            try connection.fetchOne(OutboxQueries.stats) { row in
                OutboxBacklog(depth: try row.get(0, as: Int.self),
                              oldestAgeMilliseconds: try row.get(1, as: Int64?.self).map { max(0, now - $0) })
            } ?? OutboxBacklog(depth: 0, oldestAgeMilliseconds: nil)
        }
    }

    /// Deletes finished items older than `cutoff`.
    public func sweep(before cutoff: Int64) async throws -> Int {
        try await database.write { try $0.execute(OutboxQueries.sweep, cutoff) }
    }
}

/// How many items wait, and for how long the oldest has.
public struct OutboxBacklog: Hashable, Sendable {
    /// Items not done yet.
    public let depth: Int
    /// Age of the oldest pending item, if any.
    public let oldestAgeMilliseconds: Int64?

    /// Stuck: something has waited longer than `limit` (a worker that stopped, Discord refusing).
    public func isStuck(after limit: Int64) -> Bool { (oldestAgeMilliseconds ?? 0) > limit }
}

/// Retries of a failed item: exponential backoff, then give up with a logged reason.
public struct OutboxRetryPolicy: Sendable {
    /// Attempts before giving up.
    public let maximumAttempts: Int
    /// The first backoff; it doubles per attempt.
    public let firstBackoffMilliseconds: Int64
    /// The longest backoff.
    public let maximumBackoffMilliseconds: Int64

    /// The default: 8 attempts from 1 s, doubling, at most 5 minutes apart.
    public init(maximumAttempts: Int = 8, firstBackoffMilliseconds: Int64 = 1_000,
                maximumBackoffMilliseconds: Int64 = 300_000) {
        self.maximumAttempts = maximumAttempts
        self.firstBackoffMilliseconds = firstBackoffMilliseconds
        self.maximumBackoffMilliseconds = maximumBackoffMilliseconds
    }

    /// The wait before attempt `attempts + 1`.
    func backoff(afterAttempts attempts: Int) -> Int64 {
        min(maximumBackoffMilliseconds, firstBackoffMilliseconds << Int64(min(attempts - 1, 20)))
    }
}
