import BotKit
import Storage

/// The running bot's periodic backup: the same code as `raidbot backup`, as a scheduled task.
enum ScheduledBackup {
    /// The task, or nil when backups are turned off (`RAIDBOT_BACKUP_INTERVAL_HOURS=0`).
    static func task(_ configuration: Configuration, now: @escaping @Sendable () -> Int64) -> ScheduledTask? {
        guard configuration.backupIntervalHours > 0 else { return nil }
        let (database, folder, keep) = (configuration.databasePath, configuration.backupDirectory, configuration.backupsKept)
        return ScheduledTask(name: "backup", interval: .seconds(configuration.backupIntervalHours * 3600)) {
            _ = try await Storage.Backup.create(databasePath: database, folder: folder, keep: keep, now: now())
            return TaskRunCounts(succeeded: 1)
        }
    }
}
