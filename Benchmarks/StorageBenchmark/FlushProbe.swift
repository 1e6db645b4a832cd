#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Measures what one durable flush costs on the database's filesystem right now (4 KiB write +
/// fdatasync, like a one-page WAL commit): synchronous=FULL cannot commit faster than this, so
/// the FULL rows are read against it. The reference machine measured ~0.1 ms, with episodes of
/// exactly ~4 ms per flush (reference/storage-measurements.md §1).
enum FlushProbe {
    /// Mean, p50 and p99 of `count` write+fdatasync pairs in milliseconds, next to `path`.
    static func measure(besides path: String, count: Int = 200) -> (mean: Double, p50: Double, p99: Double)? {
        let probe = path + ".flush-probe"
        let descriptor = open(probe, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor); unlink(probe) }
        var page = [UInt8](repeating: 0x5A, count: 4_096)
        var latencies: [Double] = []
        for index in 0..<count {
            _ = page.withUnsafeMutableBytes { pwrite(descriptor, $0.baseAddress, 4_096, off_t(index * 4_096)) }
            let start = ContinuousClock.now
            guard fdatasync(descriptor) == 0 else { return nil }
            let took = ContinuousClock.now - start
            latencies.append(Double(took.components.attoseconds) / 1e15 + Double(took.components.seconds) * 1e3)
        }
        latencies.sort()
        return (latencies.reduce(0, +) / Double(count), latencies[count / 2], latencies[min(count - 1, count * 99 / 100)])
    }

    /// One line describing the flush cost now, for the report.
    static func describe(besides path: String, when: String) -> String {
        guard let flush = measure(besides: path) else { return "durable flush \(when): could not be measured" }
        return "durable flush \(when) (4 KiB write + fdatasync, 200×): mean \(BenchmarkReport.fixed(flush.mean, 3)) ms, "
            + "p50 \(BenchmarkReport.fixed(flush.p50, 3)) ms, p99 \(BenchmarkReport.fixed(flush.p99, 3)) ms"
    }
}
