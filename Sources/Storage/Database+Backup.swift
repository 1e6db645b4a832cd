extension Database {
    /// Backs up this database into `folder` (the running bot's scheduled daily backup): the same
    /// code as `raidbot backup`, on its own thread, while reads and writes carry on.
    public func backup(into folder: String, keep: Int, now: Int64 = UnixTime.now()) async throws -> String {
        try await Backup.create(databasePath: configuration.path, folder: folder, keep: keep, now: now)
    }
}
