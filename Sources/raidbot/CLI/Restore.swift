import ArgumentParser
import Storage

/// `raidbot restore FILE`: replaces the database with a checked backup, keeping the old file aside.
struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Replace the database with a backup (the bot must be stopped).")

    @Argument(help: "The backup file to restore.")
    var file: String

    func run() async throws {
        try await StartupFailure.reporting {
            let configuration = try StartupFailure.loadConfiguration()
            let outcome = try Storage.Restore.restore(
                from: file, to: configuration.databasePath, migrations: Migration.bundled)
            print("restored \(file) into \(outcome.databasePath) (schema version \(outcome.backupVersion))")
            if let replaced = outcome.replacedPath {
                print("the previous database was kept as \(replaced)")
            }
        }
    }
}
