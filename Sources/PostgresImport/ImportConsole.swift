/// Where the import writes what it is doing: one live line per table on a terminal (rewritten in
/// place), a plain line per table otherwise (logs, systemd).
public struct ImportConsole: Sendable {
    /// True when output goes to a terminal.
    public let isTerminal: Bool
    /// Writes text as is (no newline added).
    public let write: @Sendable (String) -> Void

    /// Creates a console.
    public init(isTerminal: Bool, write: @escaping @Sendable (String) -> Void) {
        self.isTerminal = isTerminal
        self.write = write
    }

    /// Writes one line.
    func line(_ text: String) { write(text + "\n") }
}

/// The progress of one table: rows copied of the total, rate and time left.
struct TableProgress {
    let table: String
    let total: Int64
    let startedAt: Int64
    private(set) var copied: Int64 = 0
    private var lastDrawnAt: Int64 = .min

    init(table: String, total: Int64, startedAt: Int64) {
        self.table = table
        self.total = total
        self.startedAt = startedAt
    }

    /// Counts `rows` more and redraws the live line (at most ten times a second) on a terminal.
    mutating func advance(by rows: Int, now: Int64, console: ImportConsole) {
        copied += Int64(rows)
        guard console.isTerminal, now - lastDrawnAt >= 100 else { return }
        lastDrawnAt = now
        console.write("\r\u{1B}[2K" + text(now: now, done: false))
    }

    /// Ends the table's line.
    func finish(now: Int64, console: ImportConsole) {
        console.write((console.isTerminal ? "\r\u{1B}[2K" : "") + text(now: now, done: true) + "\n")
    }

    /// `reaction  1,200,000/2,000,000 rows  85,000 rows/s  9 s left`.
    func text(now: Int64, done: Bool) -> String {
        let elapsed = max(now - startedAt, 1)
        let rate = copied * 1000 / elapsed
        var text = "\(Self.padded(table, 34)) \(Self.grouped(copied))/\(Self.grouped(total)) rows  \(Self.grouped(rate)) rows/s"
        if done {
            text += "  in \(Self.duration(elapsed))"
        } else if rate > 0 {
            text += "  \(Self.duration(max(total - copied, 0) * 1000 / rate)) left"
        }
        return text
    }

    static func grouped(_ number: Int64) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (number < 0 ? "-" : "") + out
    }

    static func duration(_ milliseconds: Int64) -> String {
        if milliseconds < 10_000 { return "\(milliseconds / 1000).\(milliseconds % 1000 / 100) s" }
        let seconds = milliseconds / 1000
        return seconds < 120 ? "\(seconds) s" : "\(seconds / 60) min \(seconds % 60) s"
    }

    static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
