import BotKit
import DiscordModels
import DiscordSandbox

/// The console's read–perform–print loop against a stand-in the bot is connected to: it waits for
/// the bot, replays the set-up lines as the guild owner, then performs typed lines until `quit`.
/// It knows the stand-in's seeded guild and the bot's command catalog, never how the bot is built,
/// so the executable stays the only place that assembles the bot.
public struct ConsoleConversation: Sendable {
    let sandbox: DiscordSandbox
    let catalog: CommandCatalog
    let realmEye: RealmEyeStandIn?

    /// A conversation with the bot behind `sandbox`, whose slash commands `catalog` declares;
    /// `realmEye` is the RealmEye stand-in the bot reads, whose players `realmeye …` edits.
    public init(sandbox: DiscordSandbox, catalog: CommandCatalog, realmEye: RealmEyeStandIn? = nil) {
        self.sandbox = sandbox
        self.catalog = catalog
        self.realmEye = realmEye
    }

    /// Waits for the bot, performs `setUp` (echoed), acts as `player`, then reads and performs
    /// `lines` until they end or say `quit`; `write` prints one line.
    public func run(setUp: [String], player: String, lines: AsyncStream<String>,
                    write: @escaping @Sendable (String) -> Void) async throws {
        _ = try await sandbox.gateway.events.first(after: 0) { if case .identified = $0.kind { true } else { false } }
        var console = try await console()
        for line in setUp {
            write("> " + line)
            try await say(console.perform(try Self.parsed(line)), write)
        }
        try await say(console.perform(.actAs(player)), write)
        write("The bot is up in the stand-in guild \"\(sandbox.configuration.guildName)\". Type help for the commands.")
        for await line in lines {
            switch ConsoleLine.parse(line) {
            case .success(nil): continue
            case .success(.quit?): return
            case .success(let action?):
                do {
                    try await say(console.perform(action), write)
                } catch let problem as ConsoleProblem {
                    write("✗ " + problem.message)
                }
            case .failure(let problem): write("✗ " + problem.message)
            }
        }
    }

    /// Prints `lines` with mentions turned into names.
    func say(_ lines: [String], _ write: @Sendable (String) -> Void) async {
        let mentions = await ConsoleMentions.snapshot(sandbox.guild)
        lines.map(mentions.readable).forEach(write)
    }

    /// The console as the seeded guild owner, typing in the seeded command channel.
    func console() async throws -> SandboxConsole {
        guard let owner = await sandbox.guild.member(named: "guild_owner"),
              let commands = await sandbox.guild.channel(named: "raid-commands"),
              let raid = await sandbox.guild.channel(named: "raid-status") else {
            throw ConsoleProblem("the stand-in guild is missing its seeded owner or channels")
        }
        return SandboxConsole(sandbox: sandbox, catalog: catalog, commandChannel: commands.id,
                              raidChannel: raid.id, member: owner, realmEye: realmEye)
    }

    static func parsed(_ line: String) throws -> ConsoleAction {
        guard case .success(let action?) = ConsoleLine.parse(line) else { throw ConsoleProblem("bad set-up line: \(line)") }
        return action
    }
}
