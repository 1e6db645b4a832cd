import BotKit
import DiscordModels
import DiscordREST
import DiscordSandbox
import Logging
import ModerationFeature
import Storage
import TestSupport
import Testing
@testable import FeatureKit

/// The moderation feature behind a real router, over a real SQLite file, against the local Discord
/// stand-in (the only fake, at the network boundary), on virtual time.
struct ModerationStage {
    let sandbox: DiscordSandbox
    let db: TemporaryDatabase
    let rest: DiscordREST
    let clock: ManualBotClock
    let responder = RecordingResponder()
    let environment: FeatureEnvironment
    let router: InteractionRouter
    let tasks: [ScheduledTask]
    let interactions: StageInteractions

    /// The seeded staff: roles mapped (security, officer = Head Raid Leader, organizer = Raid Leader,
    /// verified raider, suspended, a new Muted role) and punishment_log on #staff-logs.
    /// `clockStart` defaults to a fixed instant; `/purge` tests start it at the stand-in's wall time,
    /// because Discord (and the stand-in) judge message age by their own clock.
    static func make(clockStart: Int64 = 1_800_000_000_000) async throws -> ModerationStage {
        let sandbox = try await DiscordSandbox.start(SandboxConfiguration(token: "moderation.test.token"))
        let db = try TemporaryDatabase(prefix: "moderation")
        let stage = try await ModerationStage(sandbox: sandbox, db: db, clock: ManualBotClock(unixMilliseconds: clockStart))
        try await stage.mapRoles()
        return stage
    }

    /// A stage over an existing database (a restarted process).
    init(sandbox: DiscordSandbox, db: TemporaryDatabase, clock: ManualBotClock) async throws {
        self.sandbox = sandbox
        self.db = db
        self.clock = clock
        interactions = StageInteractions(sandbox: sandbox, token: "moderation-token")
        rest = DiscordREST(configuration: RESTConfiguration(apiBase: sandbox.apiBase, token: "moderation.test.token",
                                                            policy: RateLimitPolicy(maxServerErrorRetries: 0)))
        let logger = Logger(label: "moderation-test") { _ in SwiftLogNoOpLogHandler() }
        environment = FeatureEnvironment(database: db.database, rest: rest, clock: clock,
                                         guildID: sandbox.configuration.guildID, logger: logger)
        let set = FeatureSet([ModerationFeature(environment)], environment: environment)
        tasks = set.tasks
        router = InteractionRouter(catalog: set.catalog, routes: set.routes, responder: responder, sink: set.logSink,
                                   roles: set.roleMapping, clock: clock, logger: logger)
    }

    /// The same database and Discord, a new process (new services, new router).
    func restarted() async throws -> ModerationStage {
        try await ModerationStage(sandbox: sandbox, db: db, clock: clock)
    }

    private func mapRoles() async throws {
        let guild = sandbox.guild
        let muted = await guild.addRole(name: "Muted", position: 2)
        var mapping: [GuildRole: Snowflake] = [.muted: muted.id]
        let names: [(GuildRole, String)] = [
            (.security, "Security"), (.officer, "Head Raid Leader"), (.organizer, "Raid Leader"),
            (.verifiedRaider, "Verified Raider"), (.suspended, "Suspended"), (.administrator, "Admin"),
        ]
        for (key, name) in names { mapping[key] = try #require(await guild.role(named: name)).id }
        _ = try await GuildRoleStore(database: db.database).setRoles(
            mapping, guildID: sandbox.configuration.guildID, actorID: 1, now: clock.unixMilliseconds())
        let logs = try #require(await guild.channel(named: "staff-logs"))
        try await db.database.write { connection in
            try connection.execute("""
                INSERT INTO guild_channel (guild_id, channel_key, discord_channel_id, updated_at) VALUES (?1, 'punishment_log', ?2, 0)
                """, sandbox.configuration.guildID, logs.id)
        }
    }

    /// A seeded member by username.
    func member(_ name: String) async throws -> SandboxMember {
        try #require(await sandbox.guild.member(named: name))
    }

    /// Runs `/name` with `options` as `actor` (their sandbox roles and permissions), then moves the
    /// clock past the command rate limit so tests never trip it by accident.
    func run(_ name: String, _ options: [CommandInteractionOption], as actor: SandboxMember,
             in channel: Snowflake = 5) async {
        await router.handle(await interactions.command(name, options, as: actor, in: channel))
        clock.advance(by: .seconds(3))
    }

    /// Presses the button `customID` (of a message the bot drew) as `actor`.
    func press(_ customID: String, as actor: SandboxMember) async {
        await router.handle(await interactions.component(customID, as: actor))
        clock.advance(by: .seconds(3))
    }

    /// The custom_ids of the last drawn message, by label.
    func buttons() async -> [String: String] {
        var ids: [String: String] = [:]
        for case .actionRow(let row) in await responder.lastEdit?.components ?? [] {
            for case .button(let button) in row.components { ids[button.label ?? ""] = button.customID }
        }
        return ids
    }

    /// The text or first embed title the invoker saw last.
    func lastAnswer() async -> String {
        if let edit = await responder.lastEdit, let title = edit.embeds?.first?.title { return title }
        return await responder.lastText ?? ""
    }

    /// Every DM the bot sent to `userID`.
    func directMessages(to userID: Snowflake) async -> [SandboxMessage] {
        guard let channel = await sandbox.guild.dmChannel(with: userID) else { return [] }
        return await sandbox.guild.messages(in: channel.id)
    }

    /// Posts in #staff-logs (punishment_log).
    func logPosts() async throws -> [SandboxMessage] {
        let logs = try #require(await sandbox.guild.channel(named: "staff-logs"))
        return await sandbox.guild.messages(in: logs.id)
    }

    /// Whether `userID` holds the role named `name` in Discord now.
    func holds(_ name: String, _ userID: Snowflake) async throws -> Bool {
        let role = try #require(await sandbox.guild.role(named: name))
        return await sandbox.guild.member(userID)?.roleIDs.contains(role.id) ?? false
    }

    /// Lets the outbox worker carry out what is due.
    func drainOutbox() async { _ = await environment.outbox.pass() }

    /// Runs the Expired Punishments task once.
    func expirePass() async throws -> TaskRunCounts {
        let task = try #require(tasks.first { $0.name == "Expired Punishments" })
        return try await task.body()
    }

    /// The integer `sql` returns.
    func count(_ sql: String) async throws -> Int { try await db.count(sql) }

    /// Runs `body` on a fresh stage and tears it down afterwards, whether `body` threw or not.
    static func with(clockStart: Int64 = 1_800_000_000_000,
                     _ body: (ModerationStage) async throws -> Void) async throws {
        let stage = try await make(clockStart: clockStart)
        do {
            try await body(stage)
        } catch {
            await stage.stop()
            throw error
        }
        await stage.stop()
    }

    func stop() async {
        rest.shutdown()
        await sandbox.stop()
        await db.remove()
    }
}

extension Option {
    static func reason(_ value: String = "Breaking the rules") -> CommandInteractionOption { text("reason", value) }
}
