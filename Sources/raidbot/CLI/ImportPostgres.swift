#if PostgresImport
import ArgumentParser
import Logging
import PostgresImport
import Storage
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `raidbot import-postgres URL`: copies the incumbent's PostgreSQL database into raidbot's SQLite
/// file (RAIDBOT_DATABASE), which must be empty unless `--replace`; the bot must be stopped.
struct ImportPostgres: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-postgres",
        abstract: "Import the incumbent's PostgreSQL database (the bot must be stopped).",
        discussion: """
            The URL is postgres://user:password@host:port/database[?sslmode=disable|prefer|require]. \
            Leave the password out of the URL to read it from PGPASSWORD instead (a command line is visible to \
            other users). The import is built in a file beside the database and renamed into place at the end: \
            a failure leaves the database as it was.
            """)

    @Argument(help: "The incumbent's database URL.")
    var url: String

    @Option(help: "Import only this guild's rows (and the members they refer to).")
    var guild: UInt64?

    @Flag(help: "Import and verify into a temporary file, then discard it.")
    var dryRun = false

    @Flag(help: "Replace a database that already holds data (it is backed up first).")
    var replace = false

    @Flag(help: "Import without the rows that break raidbot's constraints (they are always listed).")
    var skipInvalid = false

    func run() async throws {
        try await StartupFailure.reporting {
            let configuration = try StartupFailure.loadConfiguration()
            var source = try PostgresURL(url)
            if source.password == nil, let password = ProcessInfo.processInfo.environment["PGPASSWORD"] {
                source = source.with(password: password)
            }
            let options = ImportOptions(
                source: source, targetPath: configuration.databasePath, backupFolder: configuration.backupDirectory,
                backupsKept: configuration.backupsKept, guild: guild, dryRun: dryRun, replace: replace,
                skipInvalid: skipInvalid)
            var logger = Logger(label: "raidbot.import")
            logger.logLevel = .critical
            let console = ImportConsole(isTerminal: isatty(STDOUT_FILENO) == 1) { text in
                var bytes = Array(text.utf8)
                _ = bytes.withUnsafeMutableBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            }
            console.write("importing \(source) into \(configuration.databasePath)\(dryRun ? " (dry run)" : "")\n")
            _ = try await PostgresImporter.run(options, console: console, logger: logger)
            if dryRun { console.write("dry run: nothing was written to \(configuration.databasePath)\n") }
        }
    }
}
#else
import ArgumentParser

/// The small release build (scripts/release.sh) leaves the PostgreSQL import out: it would bring
/// the whole Foundation and its ICU data. The command says where to run the import instead.
struct ImportPostgres: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-postgres",
        abstract: "Not in this build: see docs/import.md.")

    @Argument(parsing: .allUnrecognized)
    var arguments: [String] = []

    func run() throws {
        print("""
            This raidbot was built without the PostgreSQL import (the small release binary leaves it out). \
            Build the full one with `swift build -c release --product raidbot`, run the import with it (on any \
            machine), and copy the database file over; see docs/import.md.
            """)
        throw ExitCode(2)
    }
}
#endif
