#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Storage

/// The result of one operation at one concurrency and durability setting.
struct CellResult: Sendable {
    let operation: String
    let synchronous: String
    let callers: Int
    let operations: Int
    let seconds: Double
    let p50Milliseconds: Double
    let p99Milliseconds: Double
    /// WAL bytes appended per operation (write operations only).
    let walBytesPerOperation: Double?
    /// Write transactions the writer committed for those operations (group commit batches).
    let commits: Int?

    var operationsPerSecond: Double { Double(operations) / seconds }
}

/// Runs one cell: `callers` concurrent tasks repeat the operation for the measured time.
///
/// WAL bytes: the writer's automatic checkpoint is switched off for the cell, so the -wal file
/// only grows (SQLite appends one 24-byte frame header + one 4 KiB page per page written per
/// commit, and rewinds the file only after a checkpoint); its growth divided by the operations is
/// what each operation writes before the checkpoint copies those pages into the database file
/// (which writes them a second time, once per page however often it changed).
struct BenchmarkCell: Sendable {
    let operation: BenchmarkOperation
    let callers: Int
    let seconds: Double
    let synchronous: String

    func run(_ database: Database, walPath: String, clock: BenchmarkClock) async throws -> CellResult {
        try await database.write { try $0.execute("PRAGMA wal_autocheckpoint = 0") }
        _ = try await measure(database, seconds: min(0.3, seconds / 5), clock: clock)
        let walBefore = Self.fileSize(walPath)
        let commitsBefore = database.writeMetrics
        let start = ContinuousClock.now
        let samples = try await measure(database, seconds: seconds, clock: clock)
        let elapsed = ContinuousClock.now - start
        let walBytes = Self.fileSize(walPath) - walBefore
        let commits = database.writeMetrics.batches - commitsBefore.batches
        let sorted = samples.sorted()
        return CellResult(
            operation: operation.name, synchronous: synchronous, callers: callers, operations: sorted.count,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            p50Milliseconds: Self.percentile(sorted, 0.50), p99Milliseconds: Self.percentile(sorted, 0.99),
            walBytesPerOperation: operation.writes && !sorted.isEmpty ? Double(walBytes) / Double(sorted.count) : nil,
            commits: operation.writes ? commits : nil)
    }

    /// Latencies in nanoseconds of every operation the callers completed in `seconds`.
    private func measure(_ database: Database, seconds: Double, clock: BenchmarkClock) async throws -> [Int64] {
        let deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1_000))
        let operation = self.operation
        return try await withThrowingTaskGroup(of: [Int64].self) { group in
            for caller in 0..<callers {
                group.addTask {
                    var random = SplitMix64(seed: UInt64(caller) &* 0x9E37_79B9 &+ 17)
                    var latencies: [Int64] = []
                    while ContinuousClock.now < deadline {
                        let begin = ContinuousClock.now
                        try await operation.run(database, &random, clock)
                        let took = ContinuousClock.now - begin
                        latencies.append(took.components.seconds * 1_000_000_000 + took.components.attoseconds / 1_000_000_000)
                    }
                    return latencies
                }
            }
            var all: [Int64] = []
            for try await latencies in group { all += latencies }
            return all
        }
    }

    private static func percentile(_ sorted: [Int64], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let index = min(sorted.count - 1, Int(Double(sorted.count) * fraction))
        return Double(sorted[index]) / 1e6
    }

    /// The size of a file in bytes (0 when it does not exist).
    static func fileSize(_ path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : 0
    }
}
