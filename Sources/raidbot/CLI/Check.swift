import ArgumentParser
import RealmEye
import Storage

/// `raidbot check`: verifies configuration, the HTML parser, schema version and database integrity.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check configuration, the HTML parser, schema version and database integrity.")

    func run() async throws {
        try await StartupFailure.reporting {
            let configuration = try StartupFailure.loadConfiguration()
            var healthy = report("configuration", ok: true, detail: "database \(configuration.databasePath), API \(configuration.apiBase)")
            healthy = report("token", ok: configuration.token != nil,
                             detail: configuration.token == nil ? "DISCORD_TOKEN is not set" : "set") && healthy
            let parser = RealmEyePageParser.parserProblem
            healthy = report("html parser", ok: parser == nil, detail: parser.map { "\($0); install libxml2" } ?? "libxml2 loaded") && healthy
            guard DatabaseFileCheck.exists(configuration.databasePath) else {
                _ = report("database", ok: false, detail: "no database at \(configuration.databasePath) yet (the bot creates it)")
                throw ExitCode.failure
            }
            let status = try Database.migrationStatus(path: configuration.databasePath, migrations: Migration.bundled)
            healthy = report("schema", ok: status.pending.isEmpty && status.databaseVersion <= status.binaryVersion,
                             detail: "version \(status.databaseVersion) of \(status.binaryVersion), \(status.pending.count) pending") && healthy
            let problems = try IntegrityCheck.problems(databaseAt: configuration.databasePath)
            healthy = report("integrity", ok: problems.isEmpty, detail: problems.first ?? "ok") && healthy
            if !healthy { throw ExitCode.failure }
        }
    }

    /// Prints one `name: ok|FAILED (detail)` line and returns `ok`.
    private func report(_ name: String, ok: Bool, detail: String) -> Bool {
        print("\(name): \(ok ? "ok" : "FAILED") (\(detail))")
        return ok
    }
}
