import DiscordModels
import CivilTime

/// The button mutex of §10.5: one holder per key; a lock older than 30 s is stale and may be taken
/// over; only the holder releases. `withLock` always releases, so a failing handler leaks nothing.
public actor ButtonLock {
    private struct Hold {
        let holder: Snowflake
        let acquiredAt: Duration
        let token: UInt64
    }

    /// Age after which a lock is considered abandoned.
    public static let staleAfter: Duration = .seconds(30)

    private var holds: [ButtonLockKey: Hold] = [:]
    private var nextToken: UInt64 = 0
    private let clock: any BotClock

    /// Creates an empty lock table reading time from `clock`.
    public init(clock: any BotClock) { self.clock = clock }

    /// Takes `key` for `userID`, or returns nil while someone else holds a fresh lock on it.
    public func acquire(_ key: ButtonLockKey, for userID: Snowflake) -> ButtonLockTicket? {
        let now = clock.now()
        sweep(now: now)
        if holds[key] != nil { return nil }
        nextToken += 1
        holds[key] = Hold(holder: userID, acquiredAt: now, token: nextToken)
        return ButtonLockTicket(key: key, holder: userID, token: nextToken)
    }

    /// Releases a ticket; a ticket whose lock went stale and was taken over releases nothing.
    public func release(_ ticket: ButtonLockTicket) {
        guard let hold = holds[ticket.key], hold.token == ticket.token else { return }
        holds[ticket.key] = nil
    }

    /// Whether `key` is held right now (stale holds do not count).
    public func isHeld(_ key: ButtonLockKey) -> Bool {
        sweep(now: clock.now())
        return holds[key] != nil
    }

    /// Locks held (for tests and metrics: must return to zero).
    public var heldCount: Int { holds.count }

    private func sweep(now: Duration) {
        holds = holds.filter { now - $0.value.acquiredAt < Self.staleAfter }
    }
}

/// Proof of holding a lock; hand it back to `release`.
public struct ButtonLockTicket: Hashable, Sendable {
    /// The locked key.
    public let key: ButtonLockKey
    /// Who holds it.
    public let holder: Snowflake
    let token: UInt64
}

extension ButtonLock {
    /// Runs `body` holding `key`; throws `actionInProgress` when someone else holds it; always releases.
    public func withLock<T: Sendable>(_ key: ButtonLockKey, for userID: Snowflake,
                                      _ body: @Sendable () async throws -> T) async throws -> T {
        guard let ticket = acquire(key, for: userID) else {
            throw BotKitError(.actionInProgress, detail: "lock \(key) held")
        }
        do {
            let value = try await body()
            release(ticket)
            return value
        } catch {
            release(ticket)
            throw error
        }
    }
}
