import ArgumentParser
import Storage

/// `raidbot backup`: an online, checked copy of the database into the backup folder.
struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a checked online backup into the backup folder.")

    func run() async throws {
        try await StartupFailure.reporting {
            let configuration = try StartupFailure.loadConfiguration()
            let path = try await Storage.Backup.create(
                databasePath: configuration.databasePath, folder: configuration.backupDirectory,
                keep: configuration.backupsKept)
            print("backup written: \(path)")
        }
    }
}
