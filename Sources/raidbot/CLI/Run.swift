import ArgumentParser
import BotKit
import Logging

/// `raidbot run` (the default): starts the bot.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the bot (the default).")

    func run() async throws {
        try await StartupFailure.reporting {
            let configuration = try StartupFailure.loadConfiguration()
            var logger = Logger(label: "raidbot") { EscapingLogHandler(StreamLogHandler.standardError(label: $0)) }
            logger.logLevel = configuration.logLevel
            let runtime = try BotRuntime(configuration: configuration, logger: logger)
            try await runtime.run()
        }
    }
}
