/// What an import did: per-table counts on both sides, the rows refused, and the verification
/// totals that differ between the two databases.
public struct ImportReport: Sendable {
    /// One table's counts.
    public struct TableCount: Sendable, Hashable {
        /// The table.
        public let table: String
        /// Rows selected on the source.
        public let source: Int64
        /// Rows in the target afterwards (catalogs include raidbot's own seeded rows).
        public let target: Int64
    }

    /// One member whose totals differ.
    public struct Difference: Sendable, Hashable, CustomStringConvertible {
        /// The check, e.g. "points per member".
        public let check: String
        /// The member, e.g. `guild 1 member 2`.
        public let subject: String
        /// The source's figures.
        public let source: String
        /// The target's figures.
        public let target: String

        /// One line.
        public var description: String { "\(check): \(subject): source \(source), target \(target)" }
    }

    /// Per-table counts, in import order.
    public var tables: [TableCount] = []
    /// Rows refused by raidbot's constraints (skipped only with `--skip-invalid`).
    public var invalidRows: [InvalidRow] = []
    /// How many members each verification compared.
    public var verified: [String: Int] = [:]
    /// Totals that differ between source and target.
    public var differences: [Difference] = []
    /// Where the import was installed (nil for a dry run).
    public var installedAt: String?
    /// The backup made before replacing a non-empty target.
    public var backupPath: String?
    /// Where the replaced database was kept.
    public var replacedPath: String?
}
