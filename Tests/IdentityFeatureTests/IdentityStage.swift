import BotKit
import DiscordModels
import DiscordREST
import DiscordSandbox
import IdentityFeature
import Logging
import ModmailFeature
import Storage
import TestSupport
import Testing
@testable import FeatureKit

/// The identity feature (with modmail, for the blacklist rule) behind a real router, over a real
/// SQLite file, against the local Discord stand-in, on virtual time.
struct IdentityStage {
    let sandbox: DiscordSandbox
    let db: TemporaryDatabase
    let rest: DiscordREST
    let clock: ManualBotClock
    let responder = RecordingResponder()
    let environment: FeatureEnvironment
    let router: InteractionRouter
    let memberUpdates: MemberUpdates
    let interactions: StageInteractions

    /// Seeded mapping: Admin = administrator, Security, Head Raid Leader = officer, Raid Leader =
    /// organizer, Verified Raider, Suspended, a new Team role; veri_log on #verification, bot_log on
    /// #staff-logs.
    static func make(rateLimit: SandboxRateLimitPolicy = SandboxRateLimitPolicy()) async throws -> IdentityStage {
        let sandbox = try await DiscordSandbox.start(SandboxConfiguration(token: "identity.test.token", rateLimit: rateLimit))
        let db = try TemporaryDatabase(prefix: "identity")
        let stage = IdentityStage(sandbox: sandbox, db: db, clock: ManualBotClock(unixMilliseconds: 1_800_000_000_000))
        try await stage.mapRolesAndChannels()
        return stage
    }

    init(sandbox: DiscordSandbox, db: TemporaryDatabase, clock: ManualBotClock) {
        self.sandbox = sandbox
        self.db = db
        self.clock = clock
        interactions = StageInteractions(sandbox: sandbox, token: "identity-token")
        rest = DiscordREST(configuration: RESTConfiguration(apiBase: sandbox.apiBase, token: "identity.test.token",
                                                            policy: RateLimitPolicy(maxServerErrorRetries: 0)))
        let logger = Logger(label: "identity-test") { _ in SwiftLogNoOpLogHandler() }
        environment = FeatureEnvironment(database: db.database, rest: rest, clock: clock,
                                         guildID: sandbox.configuration.guildID, logger: logger)
        let set = FeatureSet([IdentityFeature(environment), ModmailFeature(environment)], environment: environment)
        memberUpdates = set.memberUpdates
        router = InteractionRouter(catalog: set.catalog, routes: set.routes, responder: responder, sink: set.logSink,
                                   roles: set.roleMapping, clock: clock, logger: logger)
    }

    private func mapRolesAndChannels() async throws {
        let guild = sandbox.guild
        let team = await guild.addRole(name: "Team", position: 4)
        var mapping: [GuildRole: Snowflake] = [.team: team.id]
        let names: [(GuildRole, String)] = [
            (.security, "Security"), (.officer, "Head Raid Leader"), (.organizer, "Raid Leader"),
            (.verifiedRaider, "Verified Raider"), (.suspended, "Suspended"), (.administrator, "Admin"),
        ]
        for (key, name) in names { mapping[key] = try #require(await guild.role(named: name)).id }
        _ = try await GuildRoleStore(database: db.database).setRoles(
            mapping, guildID: sandbox.configuration.guildID, actorID: 1, now: clock.unixMilliseconds())
        let veriLog = try #require(await guild.channel(named: "verification"))
        let botLog = try #require(await guild.channel(named: "staff-logs"))
        try await db.database.write { connection in
            for (key, channel) in [("veri_log", veriLog.id), ("bot_log", botLog.id)] {
                try connection.execute("""
                    INSERT INTO guild_channel (guild_id, channel_key, discord_channel_id, updated_at) VALUES (?1, ?2, ?3, 0)
                    """, sandbox.configuration.guildID, key, channel)
            }
        }
    }

    /// A seeded member by username.
    func member(_ name: String) async throws -> SandboxMember {
        try #require(await sandbox.guild.member(named: name))
    }

    /// Runs `/name` with `options` as `actor`, then moves the clock past the command rate limit.
    func run(_ name: String, _ options: [CommandInteractionOption], as actor: SandboxMember) async {
        await router.handle(await interactions.command(name, options, as: actor))
        clock.advance(by: .seconds(3))
    }

    /// `/verify member ign` as `actor`.
    func verify(_ member: SandboxMember, _ ign: String, as actor: SandboxMember) async {
        await run("verify", [Option.user(member.id), Option.text("ign", ign)], as: actor)
    }

    /// What the invoker saw last: the last edit's or follow-up's embed title, else its text.
    func lastAnswer() async -> String {
        for call in await responder.calls.reversed() {
            switch call {
            case .editOriginal(let edit): return edit.embeds?.first?.title ?? edit.content ?? ""
            case .followUp(let message): return message.embeds?.first?.title ?? message.content ?? ""
            default: continue
            }
        }
        return ""
    }

    /// Every edit of the original response (progress included).
    func edits() async -> [MessageEdit] {
        await responder.calls.compactMap { if case .editOriginal(let edit) = $0 { edit } else { nil } }
    }

    /// The member's raider row: status, ign, alt, blacklisted.
    func raider(_ userID: Snowflake) async throws -> (status: String, ign: String?, alt: String?, blacklisted: Bool)? {
        try await db.database.read { connection in
            try connection.fetchOne("""
                SELECT status, ign, alt_ign, modmail_blacklisted FROM raider WHERE guild_id = ?1 AND user_id = ?2
                """, sandbox.configuration.guildID, userID) { row in
                (try row.get(0, as: String.self), try row.get(1, as: String?.self), try row.get(2, as: String?.self),
                 try row.get(3, as: Int64.self) == 1)
            }
        }
    }

    /// Whether `userID` holds the role named `name` in Discord now.
    func holds(_ name: String, _ userID: Snowflake) async throws -> Bool {
        let role = try #require(await sandbox.guild.role(named: name))
        return await sandbox.guild.member(userID)?.roleIDs.contains(role.id) ?? false
    }

    /// The member's nickname in Discord now.
    func nick(_ userID: Snowflake) async -> String? { await sandbox.guild.member(userID)?.nick }

    /// Embed titles posted to the channel named `name`.
    func posts(in name: String) async throws -> [String] {
        let channel = try #require(await sandbox.guild.channel(named: name))
        return await sandbox.guild.messages(in: channel.id).compactMap { $0.embeds.first?.asObject?["title"]?.asString }
    }

    /// The integer `sql` returns.
    func count(_ sql: String) async throws -> Int { try await db.count(sql) }

    /// Runs `body` on a fresh stage and tears it down afterwards.
    static func with(rateLimit: SandboxRateLimitPolicy = SandboxRateLimitPolicy(),
                     _ body: (IdentityStage) async throws -> Void) async throws {
        let stage = try await make(rateLimit: rateLimit)
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
