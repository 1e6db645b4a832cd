import Foundation

/// The one switch for opt-in measurements: `RAIDBOT_BENCHMARK=1 swift test --filter …`. Benchmarks
/// print figures and assert only sanity; the normal suite skips them.
public enum BenchmarkFlag {
    /// True when `RAIDBOT_BENCHMARK=1`.
    public static var isEnabled: Bool { ProcessInfo.processInfo.environment["RAIDBOT_BENCHMARK"] == "1" }
}
