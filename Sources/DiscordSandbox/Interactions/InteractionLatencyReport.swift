/// Callback latency over many interactions: what the transport benchmark reports.
public struct InteractionLatencyReport: Sendable, CustomStringConvertible {
    /// Interactions measured.
    public let count: Int
    /// Callbacks Discord would have rejected (late or duplicate).
    public let rejected: Int
    /// Callbacks that took longer than 3 s from dispatch (must be 0).
    public let overThreeSeconds: Int
    /// Median dispatch-to-callback time.
    public let p50: Duration
    /// 99th percentile dispatch-to-callback time.
    public let p99: Duration
    /// Slowest dispatch-to-callback time.
    public let max: Duration

    /// Summarises a set of callbacks (nearest-rank percentiles).
    public init(callbacks: [InteractionCallback]) {
        let sorted = callbacks.map(\.latency).sorted()
        count = sorted.count
        rejected = callbacks.filter { !$0.accepted }.count
        overThreeSeconds = sorted.filter { $0 > .seconds(3) }.count
        p50 = Self.percentile(0.50, of: sorted)
        p99 = Self.percentile(0.99, of: sorted)
        max = sorted.last ?? .zero
    }

    /// One line: `n=2000 p50=1.2ms p99=8.0ms max=12.3ms >3s=0 rejected=0`.
    public var description: String {
        "n=\(count) p50=\(Self.millis(p50)) p99=\(Self.millis(p99)) max=\(Self.millis(max)) >3s=\(overThreeSeconds) rejected=\(rejected)"
    }

    private static func percentile(_ fraction: Double, of sorted: [Duration]) -> Duration {
        guard !sorted.isEmpty else { return .zero }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank))]
    }

    private static func millis(_ duration: Duration) -> String {
        let tenths = Int((duration.seconds * 10_000).rounded())
        return "\(tenths / 10).\(tenths % 10)ms"
    }
}
