import ArgumentParser

/// The `raidbot` executable: runs the bot by default; the subcommands maintain its database.
/// Started by `RaidbotEntryPoint`.
struct RaidbotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raidbot",
        abstract: "A Realm of the Mad God raid bot for Discord, on one embedded SQLite file.",
        discussion: "Configuration comes from the environment (see the README); run with no subcommand to start the bot.",
        subcommands: [Run.self, Sandbox.self, Backup.self, Restore.self, Migrate.self, Check.self,
                      PermissionMatrixCommand.self, ImportPostgres.self],
        defaultSubcommand: Run.self
    )
}
