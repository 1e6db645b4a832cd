import BotKit
import Storage
import Testing
import TestSupport
@testable import raidbot

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite("Scheduled backup")
struct ScheduledBackupTests {
    private func configuration(in folder: String, hours: String) throws -> Configuration {
        try Configuration(source: ConfigurationSource(values: [
            "RAIDBOT_DATABASE": folder + "/raidbot.sqlite",
            "RAIDBOT_BACKUP_DIR": folder + "/backups",
            "RAIDBOT_BACKUP_INTERVAL_HOURS": hours,
            "RAIDBOT_BACKUP_KEEP": "3",
        ]))
    }

    @Test("interval 0 turns the scheduled backup off")
    func disabled() throws {
        #expect(ScheduledBackup.task(try configuration(in: "/tmp/unused", hours: "0"), now: { 0 }) == nil)
    }

    @Test("the first run writes a backup; a run within the interval of it writes none")
    func skipsWhenRecent() async throws {
        let temporary = try TemporaryFolder(prefix: "raidbot-backup")
        defer { temporary.remove() }
        let folder = temporary.path
        let config = try configuration(in: folder, hours: "24")
        let database = try Database(configuration: config.database, migrations: Migration.bundled)
        await database.close()
        let wallClock = UnixTime.now()
        let made = ScheduledBackup.task(config, now: { wallClock })
        let task = try #require(made)
        #expect(try await task.body() == TaskRunCounts(succeeded: 1))
        #expect(try await task.body() == TaskRunCounts())
        #expect(try Storage.Backup.list(folder: folder + "/backups").count == 1)
        let later = ScheduledBackup.task(config, now: { wallClock + 25 * 3_600_000 })
        let dayLater = try #require(later)
        #expect(try await dayLater.body() == TaskRunCounts(succeeded: 1))
    }
}
