#if Sandbox
import ArgumentParser
import BotKit
import Logging
import SandboxConsole
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `raidbot sandbox`: try every command offline, against a built-in local Discord stand-in, with no
/// token and no Discord account. Lines come from the terminal, or from `--script` for a repeatable demo.
struct Sandbox: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the bot against a local Discord stand-in and play its members from the terminal or a browser.",
        discussion: "Type help once it is up. Nothing connects to Discord; the database is a fresh file "
            + "in a temporary folder unless --data names one.")

    @Option(help: "Folder for the sandbox's database (default: a new temporary folder).")
    var data: String?

    @Option(help: "Read console lines from this file instead of the terminal.")
    var script: String?

    @Option(help: "The bot's log level on stderr (trace … critical).")
    var logLevel: String = "warning"

    @Flag(help: "Play the guild in a browser instead of the terminal (a page on 127.0.0.1).")
    var web = false

    @Option(help: "With --web, the loopback port to serve on (0: any free port; the URL is printed).")
    var port: Int = 0

    @Option(help: "With --web, the guided tour played into the page step by step.")
    var tour: String = "docs/sandbox-tour.txt"

    func run() async throws {
        try await StartupFailure.reporting {
            var logger = Logger(label: "raidbot") { EscapingLogHandler(StreamLogHandler.standardError(label: $0)) }
            logger.logLevel = Logger.Level(rawValue: logLevel) ?? .warning
            let folder = data ?? FileManager.default.temporaryDirectory
                .appendingPathComponent("raidbot-sandbox-\(UInt64.random(in: 0...UInt64.max))").path
            let session = SandboxSession(databaseFolder: folder, logger: logger)
            if web {
                // Flushed line by line: the URL must reach a pipe (a test, `| tee`) while it serves.
                try await session.runWeb(port: port, tour: tourLines()) { print($0); fflush(nil) }
            } else {
                let lines = try script.map(ConsoleInput.file) ?? ConsoleInput.terminal()
                try await session.run(lines) { print($0) }
            }
            if data == nil { try? FileManager.default.removeItem(atPath: folder) }
        }
    }

    /// The tour's lines; none (the page says so) when the file is missing, e.g. outside the repository.
    func tourLines() -> [String] {
        guard let data = FileManager.default.contents(atPath: tour), let text = String(data: data, encoding: .utf8) else {
            print("raidbot sandbox: no guided tour (\(tour) not found)")
            return []
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
#else
import ArgumentParser

/// The small release build (scripts/release.sh) leaves the sandbox out: the Discord stand-in, its
/// web page and Hummingbird are for trying the bot, not for running it. The command says where to
/// find it instead.
struct Sandbox: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Not in this build: see the README's sandbox section.")

    @Argument(parsing: .allUnrecognized)
    var arguments: [String] = []

    func run() throws {
        print("""
            This raidbot was built without the sandbox (the small release binary leaves it out). \
            Try the bot offline with `scripts/run.sh sandbox` from the source tree, which builds the full binary.
            """)
        throw ExitCode(2)
    }
}
#endif
