#if Sandbox
import DiscordSandbox
import Logging
import SandboxConsole
import SandboxWeb
import UnixSignals

/// `raidbot sandbox`: the local Discord stand-in on 127.0.0.1 (a seeded raid guild), the real bot
/// connected to it on its own SQLite file, the guild configured the way an administrator would
/// (`/setroles`, `/setchannels`), and a console (or, with `--web`, a page in the browser) that plays
/// its members. Nothing leaves the machine. This is the composition half (it builds the bot); the
/// console and the page are the SandboxConsole and SandboxWeb modules.
struct SandboxSession {
    /// Long enough for the bot's token check; it only ever reaches the stand-in.
    static let token = "sandbox.raidbot.local-developer-session"
    /// The channels the features post in, added to the seeded guild.
    static let extraChannels = ["raid-log", "party-finder", "early-loc", "quota"]
    /// The member the developer plays once the guild is set up.
    static let player = "leader_lee"

    let databaseFolder: String
    let logger: Logger

    /// Runs the session until `lines` ends or says `quit`; `write` prints one line.
    func run(_ lines: AsyncStream<String>, write: @escaping @Sendable (String) -> Void) async throws {
        let sandbox = try await DiscordSandbox.start(SandboxConfiguration(token: Self.token))
        try await withBot(on: sandbox) { realmEye in
            let conversation = ConsoleConversation(sandbox: sandbox, catalog: FeatureAssembly.catalog(), realmEye: realmEye)
            try await conversation.run(setUp: Self.setUp, player: Self.player, lines: lines, write: write)
        }
    }

    /// Serves the page on 127.0.0.1:`port` (0: any free port) until SIGINT or SIGTERM; `write`
    /// prints the set-up and the URL. The page's endpoints answer 503 until the guild is set up.
    func runWeb(port: Int, tour: [String], write: @escaping @Sendable (String) -> Void) async throws {
        let site = SandboxSite(catalog: FeatureAssembly.catalog(), tour: tour)
        var configuration = SandboxConfiguration(token: Self.token, port: port)
        configuration.routes = { site.mount(on: $0) }
        let sandbox = try await DiscordSandbox.start(configuration)
        try await withBot(on: sandbox) { realmEye in
            let conversation = ConsoleConversation(sandbox: sandbox, catalog: FeatureAssembly.catalog(), realmEye: realmEye)
            try await conversation.run(setUp: Self.setUp, player: Self.player, lines: AsyncStream { $0.finish() }, write: write)
            site.attach(sandbox, realmEye: realmEye)
            write("raidbot sandbox: open http://127.0.0.1:\(sandbox.port)/ in a browser (Ctrl-C stops it).")
            for await _ in await UnixSignalsSequence(trapping: .sigint, .sigterm) { break }
            site.close()
        }
    }

    /// Adds the feature channels, runs the bot against `sandbox` while `body` runs, then stops both.
    private func withBot(on sandbox: DiscordSandbox, _ body: (RealmEyeStandIn) async throws -> Void) async throws {
        for name in Self.extraChannels { _ = await sandbox.guild.addChannel(name: name) }
        let realmEye = try await RealmEyeStandIn.start(logger: logger)
        for profile in Self.realmEyePlayers { realmEye.set(profile) }
        let runtime = try BotRuntime(configuration: try configuration(sandbox, realmEye: realmEye), logger: logger,
                                     handlesSignals: false)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await runtime.run() }
            defer { group.cancelAll() }
            do {
                try await body(realmEye)
            } catch {
                await runtime.stop()
                throw error
            }
            await runtime.stop()
            try await group.waitForAll()
        }
        await realmEye.stop()
        await sandbox.stop()
    }

    func configuration(_ sandbox: DiscordSandbox, realmEye: RealmEyeStandIn) throws -> Configuration {
        try Configuration(source: ConfigurationSource(values: [
            "DISCORD_TOKEN": Self.token, "DISCORD_GUILD_ID": "\(sandbox.configuration.guildID)",
            "DISCORD_API_BASE": sandbox.apiBase, "RAIDBOT_DATABASE": databaseFolder + "/raidbot.sqlite",
            "RAIDBOT_BACKUP_DIR": databaseFolder + "/backups", "RAIDBOT_BACKUP_INTERVAL_HOURS": "0",
            "RAIDBOT_GATEWAY_COMPRESSION": "false", "RAIDBOT_REALMEYE_BASE": realmEye.base,
        ]))
    }

    /// Players the RealmEye stand-in knows besides those the developer adds; any other name is not found.
    static let realmEyePlayers = [RealmEyeStandInProfile(name: "NiaRealm", description: ["Hello from the RealmEye stand-in"])]

    /// What the guild owner types first, so every feature has its roles and channels.
    static let setUp = [
        "/setroles administrator:Admin security:Security head_organizer:\"Head Raid Leader\" organizer:\"Raid Leader\" "
            + "verified_raider:\"Verified Raider\" suspended:Suspended",
        "/setchannels raid:raid-status raid_log:raid-log party_finder:party-finder early_loc:early-loc bot_log:staff-logs "
            + "quota:quota punishment_log:staff-logs modmail:modmail",
    ]
}
#endif
