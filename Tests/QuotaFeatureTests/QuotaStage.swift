import BotKit
import DiscordModels
import DiscordREST
import DiscordSandbox
import Logging
import QuotaFeature
import Storage
import TestSupport
import Testing
@testable import FeatureKit

/// The quota feature behind a real router, over a real SQLite file, against the local Discord
/// stand-in (the only fake, at the network boundary), on virtual time.
struct QuotaStage {
    let sandbox: DiscordSandbox
    let db: TemporaryDatabase
    let rest: DiscordREST
    let clock: ManualBotClock
    let responder = RecordingResponder()
    let environment: FeatureEnvironment
    let router: InteractionRouter
    let tasks: [ScheduledTask]
    let interactions: StageInteractions

    /// Staff ranks mapped as the sandbox names them, bot_log on #staff-logs.
    static func make() async throws -> QuotaStage {
        let sandbox = try await DiscordSandbox.start(SandboxConfiguration(token: "quota.test.token"))
        let db = try TemporaryDatabase(prefix: "quota")
        let stage = try await QuotaStage(sandbox: sandbox, db: db, clock: ManualBotClock(unixMilliseconds: 1_800_000_000_000))
        try await stage.mapRolesAndLog()
        return stage
    }

    init(sandbox: DiscordSandbox, db: TemporaryDatabase, clock: ManualBotClock) async throws {
        self.sandbox = sandbox
        self.db = db
        self.clock = clock
        interactions = StageInteractions(sandbox: sandbox, token: "quota-token")
        rest = DiscordREST(configuration: RESTConfiguration(apiBase: sandbox.apiBase, token: "quota.test.token",
                                                            policy: RateLimitPolicy(maxServerErrorRetries: 0)))
        let logger = Logger(label: "quota-test") { _ in SwiftLogNoOpLogHandler() }
        environment = FeatureEnvironment(database: db.database, rest: rest, clock: clock,
                                         guildID: sandbox.configuration.guildID, logger: logger)
        let set = FeatureSet([QuotaFeature(environment)], environment: environment)
        tasks = set.tasks
        router = InteractionRouter(catalog: set.catalog, routes: set.routes, responder: responder, sink: set.logSink,
                                   roles: set.roleMapping, clock: clock, logger: logger)
    }

    /// The same database and Discord, a new process.
    func restarted() async throws -> QuotaStage { try await QuotaStage(sandbox: sandbox, db: db, clock: clock) }

    private func mapRolesAndLog() async throws {
        let guild = sandbox.guild
        var mapping: [GuildRole: Snowflake] = [:]
        let names: [(GuildRole, String)] = [
            (.security, "Security"), (.officer, "Head Raid Leader"), (.organizer, "Raid Leader"),
            (.verifiedRaider, "Verified Raider"), (.suspended, "Suspended"), (.administrator, "Admin"),
        ]
        for (key, name) in names { mapping[key] = try #require(await guild.role(named: name)).id }
        _ = try await GuildRoleStore(database: db.database).setRoles(
            mapping, guildID: sandbox.configuration.guildID, actorID: 1, now: clock.unixMilliseconds())
        let logs = try #require(await guild.channel(named: "staff-logs"))
        let quota = try #require(await guild.channel(named: "general"))
        try await db.database.write { connection in
            try connection.execute("""
                INSERT INTO guild_channel (guild_id, channel_key, discord_channel_id, updated_at)
                VALUES (?1, 'bot_log', ?2, 0), (?1, 'quota', ?3, 0)
                """, sandbox.configuration.guildID, logs.id, quota.id)
        }
    }

    /// Gives the role named `roleName` a quota configuration (base points 1, as a new config).
    func configureQuota(_ roleName: String, exalt: Int64 = 100, nonExalt: Int64 = 100) async throws -> Snowflake {
        let role = try #require(await sandbox.guild.role(named: roleName)).id
        let guildID = sandbox.configuration.guildID, now = clock.unixMilliseconds()
        try await db.database.write { connection in
            try FirstContact.ensureGuild(connection, guildID, now: now)
            try connection.execute("""
                INSERT INTO quota_role_config (guild_id, discord_role_id, required_points, base_exalt_points,
                    base_non_exalt_points, period_start_at, reset_at, updated_at)
                VALUES (?1, ?2, 0, ?3, ?4, ?5, ?5 + 604800000, ?5)
                """, guildID, role, exalt, nonExalt, now)
        }
        return role
    }

    func member(_ name: String) async throws -> SandboxMember {
        try #require(await sandbox.guild.member(named: name))
    }

    /// Runs `/name` with `options` as `actor`, then moves the clock past the rate limits.
    func run(_ name: String, _ options: [CommandInteractionOption], as actor: SandboxMember,
             resolving users: [SandboxMember] = []) async {
        let resolved = ResolvedData(users: Dictionary(uniqueKeysWithValues: users.map {
            ($0.id, User(id: $0.id, username: $0.user.username))
        }))
        await router.handle(await interactions.command(name, options, resolved: resolved, as: actor))
        clock.advance(by: .seconds(16))
    }

    /// Presses the button `customID` as `actor`, on message `message` in `channel`.
    func press(_ customID: String, as actor: SandboxMember, message: Snowflake = 900, channel: Snowflake = 5) async {
        await router.handle(await interactions.component(customID, as: actor, in: channel, message: message))
        clock.advance(by: .seconds(16))
    }

    /// Chooses `value` in the select `customID` (on an ephemeral follow-up in `channel`) as `actor`.
    func choose(_ customID: String, _ value: String, as actor: SandboxMember, channel: Snowflake = 5) async {
        await router.handle(await interactions.component(customID, values: [value], as: actor, in: channel, message: 901))
        clock.advance(by: .seconds(16))
    }

    /// Submits the modal `customID` with text `values` (by field id) as `actor`, from the panel message
    /// in `channel`; `advancing` false leaves the clock alone (concurrent submits).
    func submit(_ customID: String, _ values: [String: String], as actor: SandboxMember, channel: Snowflake = 5,
                advancing: Bool = true) async {
        await router.handle(await interactions.modal(customID, values, as: actor, in: channel))
        if advancing { clock.advance(by: .seconds(16)) }
    }

    /// The last modal the bot opened.
    func lastModal() async -> Modal? {
        for case .callback(let response) in await responder.calls.reversed() {
            if case .modal(let modal)? = response.data { return modal }
        }
        return nil
    }

    /// The prefilled values of the last modal, by field id.
    func lastModalValues() async -> [String: String] {
        var values: [String: String] = [:]
        var pending = await lastModal()?.components ?? []
        while let component = pending.popLast() {
            if case .textInput(let input) = component { values[input.customID] = input.value ?? "" }
            pending.append(contentsOf: component.children)
        }
        return values
    }

    /// The select custom_ids of the last ephemeral follow-up, in order.
    func followUpSelects() async -> [String] {
        for case .followUp(let message) in await responder.calls.reversed() where message.components != nil {
            return (message.components ?? []).flatMap(\.children).compactMap {
                if case .selectMenu(let menu) = $0 { return menu.customID }
                return nil
            }
        }
        return []
    }

    /// The custom_ids of the last drawn message, by label.
    func buttons() async -> [String: String] {
        var ids: [String: String] = [:]
        for case .actionRow(let row) in await responder.lastEdit?.components ?? [] {
            for case .button(let button) in row.components { ids[button.label ?? ""] = button.customID }
        }
        return ids
    }

    /// The last answer's first embed, if it had one.
    func lastEmbed() async -> Embed? { await responder.lastEdit?.embeds?.first }

    /// The text the invoker saw last, or the first embed's title.
    func lastAnswer() async -> String {
        if let edit = await responder.lastEdit, let title = edit.embeds?.first?.title { return title }
        return await responder.lastText ?? ""
    }

    /// The value of the last embed's field named `name`.
    func field(_ name: String) async -> String? {
        await lastEmbed()?.fields?.first { $0.name == name }?.value
    }

    func count(_ sql: String) async throws -> Int { try await db.count(sql) }

    /// Lets the outbox carry out everything due (panel posts and edits).
    func drainOutbox() async { _ = await environment.outbox.pass() }

    /// Runs the Quota Panels task once, then drains the outbox.
    func quotaPanelsPass() async throws {
        let task = try #require(tasks.first { $0.name == "Quota Panels" })
        _ = try await task.body()
        await drainOutbox()
    }

    /// The messages in the quota channel (#general here), oldest first.
    func quotaChannel() async throws -> [SandboxMessage] {
        let channel = try #require(await sandbox.guild.channel(named: "general"))
        return await sandbox.guild.messages(in: channel.id)
    }

    static func with(_ body: (QuotaStage) async throws -> Void) async throws {
        let stage = try await make()
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
