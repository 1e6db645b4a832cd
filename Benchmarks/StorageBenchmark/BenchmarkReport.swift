/// Renders the results as a markdown table, numbers formatted by hand (no String(format:): it
/// pulls in ICU).
enum BenchmarkReport {
    /// The header and one row per cell.
    static func table(_ results: [CellResult]) -> String {
        var lines = [
            "| op | synchronous | callers | ops/s | p50 ms | p99 ms | WAL bytes/op | ops per commit |",
            "|---|---|---:|---:|---:|---:|---:|---:|",
        ]
        lines += results.map(row)
        return lines.joined(separator: "\n")
    }

    /// One cell as a table row.
    static func row(_ result: CellResult) -> String {
        let wal = result.walBytesPerOperation.map { grouped(Int64($0.rounded())) } ?? "–"
        let perCommit = result.commits.map { $0 > 0 ? fixed(Double(result.operations) / Double($0), 1) : "–" } ?? "–"
        return "| \(result.operation) | \(result.synchronous) | \(result.callers) | "
            + "\(grouped(Int64(result.operationsPerSecond.rounded()))) | \(fixed(result.p50Milliseconds, 2)) | "
            + "\(fixed(result.p99Milliseconds, 2)) | \(wal) | \(perCommit) |"
    }

    /// The incumbent's figures at 16 callers (reference/storage-measurements.md) beside ours.
    static func comparison(_ results: [CellResult]) -> String {
        func cell(_ name: String, _ sync: String) -> CellResult? {
            results.filter { $0.operation == name && $0.synchronous == sync }.max { $0.callers < $1.callers }
        }
        var lines = ["", "Incumbent PostgreSQL (16 callers, synchronous_commit=on): 4,400 joins/s p99 13 ms; "
                     + "400 key pops/s p99 190 ms; 1.6 KB WAL per join."]
        for (name, label) in [("join", "joins"), ("key-pop", "key pops")] {
            guard let ours = cell(name, "full") else { continue }
            lines.append("raidbot FULL, \(ours.callers) callers: \(grouped(Int64(ours.operationsPerSecond.rounded()))) \(label)/s, "
                + "p99 \(fixed(ours.p99Milliseconds, 2)) ms"
                + (ours.walBytesPerOperation.map { ", \(grouped(Int64($0.rounded()))) WAL bytes per op" } ?? "") + ".")
        }
        return lines.joined(separator: "\n")
    }

    /// `value` with `digits` decimals, rounded half up.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int64((abs(value) * scale).rounded())
        let whole = scaled / Int64(scale)
        let fraction = String(scaled % Int64(scale))
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard digits > 0 else { return sign + grouped(whole) }
        return sign + grouped(whole) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }

    /// An integer with thousands separators: 12,345.
    static func grouped(_ value: Int64) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }
}
