import BotKit
import Storage
#if canImport(Glibc)
import Glibc
#endif

/// The running bot's periodic backup: the same code as `raidbot backup`, as a scheduled task.
///
/// The scheduler runs every task once at start-up; a backup younger than the interval makes that
/// run a no-op, so frequent restarts do not rotate the older daily backups away.
enum ScheduledBackup {
    /// The task, or nil when backups are turned off (`RAIDBOT_BACKUP_INTERVAL_HOURS=0`).
    static func task(_ configuration: Configuration, now: @escaping @Sendable () -> Int64) -> ScheduledTask? {
        guard configuration.backupIntervalHours > 0 else { return nil }
        let (database, folder, keep) = (configuration.databasePath, configuration.backupDirectory, configuration.backupsKept)
        let intervalMilliseconds = Int64(configuration.backupIntervalHours) * 3_600_000
        return ScheduledTask(name: "backup", interval: .seconds(configuration.backupIntervalHours * 3600)) {
            let current = now()
            if let newest = try Storage.Backup.list(folder: folder).first,
               let written = modificationTime(of: newest), current - written < intervalMilliseconds {
                return TaskRunCounts()
            }
            _ = try await Storage.Backup.create(databasePath: database, folder: folder, keep: keep, now: current)
            return TaskRunCounts(succeeded: 1)
        }
    }

    /// The file's modification time in Unix milliseconds.
    private static func modificationTime(of path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int64(info.st_mtim.tv_sec) * 1000 + Int64(info.st_mtim.tv_nsec) / 1_000_000
    }
}
