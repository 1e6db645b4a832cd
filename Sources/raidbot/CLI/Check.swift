import ArgumentParser

/// `raidbot check`: verifies configuration, schema version and database integrity.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check configuration, schema version and database integrity.")

    func run() async throws {
        try await StartupFailure.reporting {
            _ = try StartupFailure.loadConfiguration()
            print("configuration: ok")
        }
    }
}
