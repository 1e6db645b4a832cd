import CSQLite
import Logging
import Synchronization

/// Logs statements that ran longer than the threshold (warning) and, in development, every
/// statement (debug) — with the SQL text only, never the bound arguments. One tracer serves every
/// connection of a database, so its count of slow statements is atomic.
final class StatementTracer: Sendable {
    private let logger: Logger
    private let slowThresholdNanoseconds: Int64
    private let logEveryStatement: Bool
    private let slowCount = Atomic<Int>(0)

    /// Statements slower than the threshold since the database opened (for the metrics endpoint).
    var slowStatements: Int { slowCount.load(ordering: .relaxed) }

    init(logger: Logger, slowThreshold: Duration, logEveryStatement: Bool) {
        self.logger = logger
        let parts = slowThreshold.components
        self.slowThresholdNanoseconds = parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000
        self.logEveryStatement = logEveryStatement
    }

    func record(statement: OpaquePointer, nanoseconds: Int64) {
        let slow = nanoseconds >= slowThresholdNanoseconds
        if slow { slowCount.add(1, ordering: .relaxed) }
        guard slow || logEveryStatement else { return }
        // sqlite3_sql is the text as prepared, with `?` placeholders: no argument values.
        let sql = sqlite3_sql(statement).map { String(cString: $0) } ?? "?"
        let metadata: Logger.Metadata = [
            "sql": "\(sql)", "duration_ms": "\(Self.milliseconds(nanoseconds))",
        ]
        if slow {
            logger.warning("slow SQL statement", metadata: metadata)
        } else {
            logger.debug("SQL statement", metadata: metadata)
        }
    }

    /// Formats nanoseconds as milliseconds with three decimals, by hand (no String(format:)).
    static func milliseconds(_ nanoseconds: Int64) -> String {
        let micros = max(nanoseconds, 0) / 1_000
        let fraction = String(micros % 1_000)
        return "\(micros / 1_000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
