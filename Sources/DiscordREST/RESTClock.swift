/// The monotonic time the rate limiter runs on, injected so tests control it.
public protocol RESTClock: Sendable {
    /// Time elapsed since the clock's origin; never goes backwards.
    var now: Duration { get }
    /// Suspends until `now` reaches `deadline` (returns at once if it already has).
    func sleep(until deadline: Duration) async throws
}

/// The production clock: `ContinuousClock` measured from the moment the client was created.
public struct SystemRESTClock: RESTClock {
    private let origin: ContinuousClock.Instant

    /// Creates a clock whose origin is now.
    public init() { origin = ContinuousClock.now }

    /// Time since the origin.
    public var now: Duration { origin.duration(to: ContinuousClock.now) }

    /// Sleeps on the continuous clock.
    public func sleep(until deadline: Duration) async throws {
        try await ContinuousClock().sleep(until: origin.advanced(by: deadline), tolerance: nil)
    }
}
