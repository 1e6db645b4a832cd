import DiscordModels
import DiscordSandbox
import FeatureKit
import Logging

/// `raidbot sandbox`: the local Discord stand-in on 127.0.0.1 (a seeded raid guild), the real bot
/// connected to it on its own SQLite file, the guild configured the way an administrator would
/// (`/setroles`, `/setchannels`), and a console that plays its members. Nothing leaves the machine.
struct SandboxSession {
    /// Long enough for the bot's token check; it only ever reaches the stand-in.
    static let token = "sandbox.raidbot.local-developer-session"
    /// The channels the features post in, added to the seeded guild.
    static let extraChannels = ["raid-log", "party-finder", "early-loc"]

    let databaseFolder: String
    let logger: Logger

    /// Runs the session until `lines` ends or says `quit`; `write` prints one line.
    func run(_ lines: AsyncStream<String>, write: @escaping @Sendable (String) -> Void) async throws {
        let sandbox = try await DiscordSandbox.start(SandboxConfiguration(token: Self.token))
        for name in Self.extraChannels { _ = await sandbox.guild.addChannel(name: name) }
        let runtime = try BotRuntime(configuration: try configuration(sandbox), logger: logger, handlesSignals: false)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await runtime.run() }
            defer { group.cancelAll() }
            do {
                try await converse(sandbox, lines: lines, write: write)
            } catch {
                await runtime.stop()
                throw error
            }
            await runtime.stop()
            try await group.waitForAll()
        }
        await sandbox.stop()
    }

    func configuration(_ sandbox: DiscordSandbox) throws -> Configuration {
        try Configuration(source: ConfigurationSource(values: [
            "DISCORD_TOKEN": Self.token, "DISCORD_GUILD_ID": "\(sandbox.configuration.guildID)",
            "DISCORD_API_BASE": sandbox.apiBase, "RAIDBOT_DATABASE": databaseFolder + "/raidbot.sqlite",
            "RAIDBOT_BACKUP_DIR": databaseFolder + "/backups", "RAIDBOT_BACKUP_INTERVAL_HOURS": "0",
            "RAIDBOT_GATEWAY_COMPRESSION": "false",
        ]))
    }

    /// Waits for the bot, configures the guild, then reads and performs lines until `quit`.
    func converse(_ sandbox: DiscordSandbox, lines: AsyncStream<String>,
                  write: @escaping @Sendable (String) -> Void) async throws {
        _ = try await sandbox.gateway.events.first(after: 0) { if case .identified = $0.kind { true } else { false } }
        var console = try await console(sandbox)
        for line in Self.setUp {
            write("> " + line)
            try await say(console.perform(try Self.parsed(line)), sandbox, write)
        }
        try await say(console.perform(.actAs("leader_lee")), sandbox, write)
        write("The bot is up in the stand-in guild \"\(sandbox.configuration.guildName)\". Type help for the commands.")
        for await line in lines {
            switch ConsoleLine.parse(line) {
            case .success(nil): continue
            case .success(.quit?): return
            case .success(let action?):
                do {
                    try await say(console.perform(action), sandbox, write)
                } catch let problem as ConsoleProblem {
                    write("✗ " + problem.message)
                }
            case .failure(let problem): write("✗ " + problem.message)
            }
        }
    }

    /// Prints `lines` with mentions turned into names.
    func say(_ lines: [String], _ sandbox: DiscordSandbox, _ write: @Sendable (String) -> Void) async {
        let mentions = await ConsoleMentions.snapshot(sandbox.guild)
        lines.map(mentions.readable).forEach(write)
    }

    func console(_ sandbox: DiscordSandbox) async throws -> SandboxConsole {
        guard let owner = await sandbox.guild.member(named: "guild_owner"),
              let commands = await sandbox.guild.channel(named: "raid-commands"),
              let raid = await sandbox.guild.channel(named: "raid-status") else {
            throw ConsoleProblem("the stand-in guild is missing its seeded owner or channels")
        }
        return SandboxConsole(sandbox: sandbox, catalog: FeatureAssembly.catalog(), commandChannel: commands.id,
                              raidChannel: raid.id, member: owner)
    }

    /// What the guild owner types first, so every feature has its roles and channels.
    static let setUp = [
        "/setroles administrator:Admin security:Security head_organizer:\"Head Raid Leader\" organizer:\"Raid Leader\" "
            + "verified_raider:\"Verified Raider\" suspended:Suspended",
        "/setchannels raid:raid-status raid_log:raid-log party_finder:party-finder early_loc:early-loc bot_log:staff-logs",
    ]

    static func parsed(_ line: String) throws -> ConsoleAction {
        guard case .success(let action?) = ConsoleLine.parse(line) else { throw ConsoleProblem("bad set-up line: \(line)") }
        return action
    }
}
