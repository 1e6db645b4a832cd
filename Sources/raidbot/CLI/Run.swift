import ArgumentParser

/// `raidbot run` (the default): starts the bot.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the bot (the default).")

    func run() async throws {
        try await StartupFailure.reporting {
            let configuration = try StartupFailure.loadConfiguration()
            let runtime = try BotRuntime(configuration: configuration, logger: configuration.makeLogger())
            try await runtime.run()
        }
    }
}
