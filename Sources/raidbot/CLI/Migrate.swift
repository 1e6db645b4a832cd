import ArgumentParser
import Storage

/// `raidbot migrate [--status]`: applies pending migrations, or lists them.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending schema migrations, or show their status.")

    @Flag(help: "List applied and pending migrations without changing anything.")
    var status = false

    func run() async throws {
        try await StartupFailure.reporting {
            let configuration = try StartupFailure.loadConfiguration()
            if status {
                try printStatus(configuration)
            } else {
                let lock = try DatabaseLock(databasePath: configuration.databasePath)
                let database = try Database(configuration: configuration.database, migrations: Migration.bundled,
                                            logger: configuration.makeLogger(label: "raidbot.migrate"))
                await database.close()
                withExtendedLifetime(lock) {}
                try printStatus(configuration)
            }
        }
    }

    private func printStatus(_ configuration: Configuration) throws {
        guard DatabaseFileCheck.exists(configuration.databasePath) else {
            print("no database at \(configuration.databasePath) yet; \(try Migration.bundled.count) migrations would apply")
            return
        }
        let status = try Database.migrationStatus(path: configuration.databasePath, migrations: Migration.bundled)
        status.lines.forEach { print($0) }
    }
}
