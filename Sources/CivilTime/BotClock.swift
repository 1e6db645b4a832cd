#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one time source of the bot: monotonic instants for windows, locks, schedules, heartbeats and
/// rate limits, wall time for records. Injected everywhere (gateway and REST included) so every test
/// can run on virtual time.
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
    public func unixMilliseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1_000 + Int64(spec.tv_nsec) / 1_000_000
    }

    /// Sleeps on the continuous clock.
    public func sleep(until deadline: Duration) async throws {
        try await ContinuousClock().sleep(until: origin + deadline, tolerance: .milliseconds(5))
    }
}
