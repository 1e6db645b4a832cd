/// Where the database stands against the binary's migrations, for `raidbot migrate --status`.
public struct MigrationStatus: Sendable {
    /// One row of `schema_migrations`.
    public struct Applied: Sendable, Hashable {
        /// The migration's number.
        public let version: Int
        /// The file name it was applied from.
        public let fileName: String
        /// The SHA-256 recorded when it was applied.
        public let checksum: String
        /// When it was applied, Unix milliseconds.
        public let appliedAt: Int64
    }

    /// Migrations already applied, oldest first.
    public let applied: [Applied]
    /// Migrations of the binary not yet applied, in the order they will run.
    public let pending: [Migration]
    /// The highest migration number the binary knows (0 when it has none).
    public let binaryVersion: Int

    /// The highest applied migration number (0 for an empty database).
    public var databaseVersion: Int { applied.last?.version ?? 0 }

    /// Human-readable lines: one per migration, applied or pending.
    public var lines: [String] {
        applied.map { "applied  \($0.fileName)  \($0.checksum.prefix(12))  at \(UnixTime.compactUTC($0.appliedAt))" }
            + pending.map { "pending  \($0.fileName)  \($0.checksum.prefix(12))" }
    }
}
