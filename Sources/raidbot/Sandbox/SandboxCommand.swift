import ArgumentParser
import BotKit
import Logging
import SandboxConsole
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `raidbot sandbox`: try every command offline, against a built-in local Discord stand-in, with no
/// token and no Discord account. Lines come from the terminal, or from `--script` for a repeatable demo.
struct Sandbox: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the bot against a local Discord stand-in and play its members from the terminal.",
        discussion: "Type help once it is up. Nothing connects to Discord; the database is a fresh file "
            + "in a temporary folder unless --data names one.")

    @Option(help: "Folder for the sandbox's database (default: a new temporary folder).")
    var data: String?

    @Option(help: "Read console lines from this file instead of the terminal.")
    var script: String?

    @Option(help: "The bot's log level on stderr (trace … critical).")
    var logLevel: String = "warning"

    func run() async throws {
        try await StartupFailure.reporting {
            var logger = Logger(label: "raidbot") { EscapingLogHandler(StreamLogHandler.standardError(label: $0)) }
            logger.logLevel = Logger.Level(rawValue: logLevel) ?? .warning
            let folder = data ?? FileManager.default.temporaryDirectory
                .appendingPathComponent("raidbot-sandbox-\(UInt64.random(in: 0...UInt64.max))").path
            let lines = try script.map(ConsoleInput.file) ?? ConsoleInput.terminal()
            try await SandboxSession(databaseFolder: folder, logger: logger).run(lines) { print($0) }
            if data == nil { try? FileManager.default.removeItem(atPath: folder) }
        }
    }
}
