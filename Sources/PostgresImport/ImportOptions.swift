/// What `raidbot import-postgres` was asked to do.
public struct ImportOptions: Sendable {
    /// The incumbent's database.
    public var source: PostgresURL
    /// raidbot's database file (RAIDBOT_DATABASE).
    public var targetPath: String
    /// Where the backup of a replaced database goes (RAIDBOT_BACKUP_DIR).
    public var backupFolder: String
    /// How many backups that folder keeps (RAIDBOT_BACKUP_KEEP).
    public var backupsKept: Int
    /// Only this guild's rows (and the members they refer to).
    public var guild: UInt64?
    /// Import and verify into a temporary file, then throw it away.
    public var dryRun: Bool
    /// Replace a target that already holds data (after a backup).
    public var replace: Bool
    /// Skip rows that break raidbot's constraints (always reported) instead of failing.
    public var skipInvalid: Bool
    /// Rows per write transaction.
    public var batchSize: Int

    /// Creates options; the flags default to off.
    public init(source: PostgresURL, targetPath: String, backupFolder: String, backupsKept: Int = 14,
                guild: UInt64? = nil, dryRun: Bool = false, replace: Bool = false, skipInvalid: Bool = false,
                batchSize: Int = 5_000) {
        precondition(batchSize >= 1, "batchSize must be at least 1")
        self.source = source
        self.targetPath = targetPath
        self.backupFolder = backupFolder
        self.backupsKept = backupsKept
        self.guild = guild
        self.dryRun = dryRun
        self.replace = replace
        self.skipInvalid = skipInvalid
        self.batchSize = batchSize
    }

    /// The file the import builds before renaming it over the target.
    var temporaryPath: String { targetPath + ".import-partial" }
}
