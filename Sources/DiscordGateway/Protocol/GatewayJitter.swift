/// The source of randomness for heartbeat and backoff jitter, injected so tests are deterministic.
public struct GatewayJitter: Sendable {
    private let draw: @Sendable () -> Double

    /// Wraps a source of fractions in [0, 1).
    public init(_ draw: @escaping @Sendable () -> Double) {
        self.draw = draw
    }

    /// Production jitter from the system random number generator.
    public static let system = GatewayJitter { Double.random(in: 0..<1) }

    /// A constant fraction, for tests that must predict every deadline.
    public static func fixed(_ fraction: Double) -> GatewayJitter {
        GatewayJitter { fraction }
    }

    /// The next fraction, clamped to [0, 1).
    func fraction() -> Double {
        min(max(draw(), 0), 0.999_999)
    }

    /// `duration` scaled by the next fraction.
    func scale(_ duration: Duration) -> Duration {
        duration * fraction()
    }

    /// A uniformly drawn duration in `range`.
    func pick(in range: ClosedRange<Duration>) -> Duration {
        range.lowerBound + (range.upperBound - range.lowerBound) * fraction()
    }
}
