import ArgumentParser

/// `raidbot migrate [--status]`: applies pending migrations, or lists them.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending schema migrations, or show their status.")

    @Flag(help: "List applied and pending migrations without changing anything.")
    var status = false

    func run() async throws {
        try await StartupFailure.reporting {
            _ = try StartupFailure.loadConfiguration()
        }
    }
}
