#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The time source of BotKit's rules: monotonic instants for windows, locks and schedules, wall time
/// for records. Injected so tests are deterministic.
public protocol BotClock: Sendable {
    /// Monotonic time since an arbitrary origin fixed at the clock's creation.
    func now() -> Duration
    /// Wall-clock Unix milliseconds (UTC), for rows such as `command_log.created_at`.
    func unixMilliseconds() -> Int64
    /// Suspends until `now() >= deadline`; throws `CancellationError` when the task is cancelled.
    func sleep(until deadline: Duration) async throws
}

/// The production clock: `ContinuousClock` for instants, the system wall clock for records.
public struct SystemBotClock: BotClock {
    private let origin: ContinuousClock.Instant

    /// Creates a clock whose origin is now.
    public init() { origin = ContinuousClock.now }

    /// Monotonic time since creation.
    public func now() -> Duration { ContinuousClock.now - origin }

    /// Wall-clock Unix milliseconds.
    public func unixMilliseconds() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }

    /// Sleeps on the continuous clock.
    public func sleep(until deadline: Duration) async throws {
        try await ContinuousClock().sleep(until: origin + deadline, tolerance: .milliseconds(5))
    }
}
