import BotKit
import DiscordModels
import DiscordREST
import DiscordSandbox
import Logging
import RealmEye
import Storage
import TestSupport
import Testing
import VerificationFeature
@testable import FeatureKit

/// The verification feature behind a real router, over a real SQLite file, against the Discord
/// stand-in and the RealmEye stand-in over loopback (the only fakes, at the network boundary), on
/// virtual time. Members' DMs enter through the DM conversation layer, as the gateway intake hands them.
struct VerificationStage {
    let sandbox: DiscordSandbox
    let realmEye: RealmEyeStandIn
    let transport: CurlTransport
    let db: TemporaryDatabase
    let rest: DiscordREST
    let clock: ManualBotClock
    let responder = RecordingResponder()
    let environment: FeatureEnvironment
    let feature: VerificationFeature
    let router: InteractionRouter
    let interactions: StageInteractions
    var ids: InteractionIDs { interactions.ids }

    /// Security mapped as moderator, Verified Raider mapped, `#staff-logs` as manual_verification and
    /// `#verification` as getverified.
    static func make() async throws -> VerificationStage {
        let sandbox = try await DiscordSandbox.start(SandboxConfiguration(token: "verification.test.token"))
        let realmEye = try await RealmEyeStandIn.start()
        let stage = try await VerificationStage(sandbox: sandbox, realmEye: realmEye, db: TemporaryDatabase(prefix: "verification"))
        try await stage.configure()
        return stage
    }

    init(sandbox: DiscordSandbox, realmEye: RealmEyeStandIn, db: TemporaryDatabase,
         clock: ManualBotClock = ManualBotClock(unixMilliseconds: 1_800_000_000_000)) async throws {
        self.sandbox = sandbox
        self.realmEye = realmEye
        self.db = db
        self.clock = clock
        interactions = StageInteractions(sandbox: sandbox, token: "verification-token")
        transport = CurlTransport()
        rest = DiscordREST(configuration: RESTConfiguration(apiBase: sandbox.apiBase, token: "verification.test.token",
                                                            policy: RateLimitPolicy(maxServerErrorRetries: 0)))
        let logger = Logger(label: "verification-test") { _ in SwiftLogNoOpLogHandler() }
        environment = FeatureEnvironment(database: db.database, rest: rest, clock: clock,
                                         guildID: sandbox.configuration.guildID, logger: logger)
        let client = RealmEyeClient(base: realmEye.base, transport: transport, clock: clock, deadline: .seconds(5), logger: logger)
        feature = VerificationFeature(environment, realmEye: client)
        let set = FeatureSet([feature], environment: environment)
        router = InteractionRouter(catalog: set.catalog, routes: set.routes, responder: responder, sink: set.logSink,
                                   roles: set.roleMapping, clock: clock, logger: logger)
    }

    /// The same database, Discord and RealmEye, a new process (new services, router and DM handlers).
    func restarted() async throws -> VerificationStage {
        rest.shutdown()
        transport.shutdown()
        return try await VerificationStage(sandbox: sandbox, realmEye: realmEye, db: db, clock: clock)
    }

    private func configure() async throws {
        let guild = sandbox.guild
        var mapping: [GuildRole: Snowflake] = [:]
        for (key, name) in [(GuildRole.moderator, "Security"), (.verifiedRaider, "Verified Raider")] {
            mapping[key] = try #require(await guild.role(named: name)).id
        }
        let guildID = sandbox.configuration.guildID
        _ = try await GuildRoleStore(database: db.database).setRoles(mapping, guildID: guildID, actorID: 1, now: clock.unixMilliseconds())
        let channels: [GuildChannelKey: Snowflake] = [
            .manualVerification: try await channel("staff-logs"), .getVerified: try await channel("verification")]
        _ = try await GuildChannelStore(database: db.database).setChannels(channels, guildID: guildID, actorID: 1,
                                                                           now: clock.unixMilliseconds())
    }

    /// A seeded member by username.
    func member(_ name: String) async throws -> SandboxMember { try #require(await sandbox.guild.member(named: name)) }

    /// A seeded channel by name.
    func channel(_ name: String) async throws -> Snowflake { try #require(await sandbox.guild.channel(named: name)).id }

    /// Runs `/configverification <subcommand>` as `actor` in `#general`.
    func configure(_ subcommand: String, _ options: [CommandInteractionOption] = [], as actor: SandboxMember) async throws {
        let sub = CommandInteractionOption(name: subcommand, type: .subCommand, options: options)
        await router.handle(await interactions.command("configverification", [sub], as: actor, in: try await channel("general")))
        clock.advance(by: .seconds(16))
    }

    /// Presses `customID` as `actor`, in DMs (`channel` nil) or on a message in `channel`.
    func press(_ customID: String, as actor: SandboxMember, in channel: Snowflake? = nil) async {
        await router.handle(await interactions.component(customID, as: actor, in: channel, message: nil))
        clock.advance(by: .seconds(16))
    }

    /// Submits the modal `customID` with text `values` (by field id) as `actor` from a message in `channel`.
    func submit(_ customID: String, _ values: [String: String], as actor: SandboxMember, in channel: Snowflake) async {
        await router.handle(await interactions.modal(customID, values, as: actor, in: channel))
        clock.advance(by: .seconds(16))
    }

    /// The custom_id and prefilled values of the last modal the bot opened.
    func lastModal() async -> (id: String, values: [String: String])? {
        for case .callback(let response) in await responder.calls.reversed() {
            guard case .modal(let modal)? = response.data else { continue }
            var values: [String: String] = [:]
            var pending = modal.components
            while let component = pending.popLast() {
                if case .textInput(let input) = component { values[input.customID] = input.value ?? "" }
                pending.append(contentsOf: component.children)
            }
            return (modal.customID, values)
        }
        return nil
    }

    /// `member` DMs the bot; the DM layer hands it over as the gateway intake would.
    @discardableResult
    func dm(_ text: String, from member: SandboxMember, attachments: [String] = []) async throws -> DMReceipt {
        let channel = try await rest.openDM(recipientID: member.id)
        return await environment.conversations.receive(DirectMessage(id: Snowflake(ids.next()), authorID: member.id,
                                                                     channelID: channel.id, content: text,
                                                                     attachmentURLs: attachments))
    }

    /// Every message the bot sent to `userID` in DMs.
    func directMessages(to userID: Snowflake) async -> [SandboxMessage] {
        guard let channel = await sandbox.guild.dmChannel(with: userID) else { return [] }
        return await sandbox.guild.messages(in: channel.id)
    }

    /// The custom_ids of a stand-in message's buttons, by label.
    func buttons(in message: SandboxMessage?) -> [String: String] {
        var found: [String: String] = [:]
        for row in message?.components ?? [] {
            for button in row["components"]?.asArray ?? [] {
                if let label = button["label"]?.asString, let id = button["custom_id"]?.asString { found[label] = id }
            }
        }
        return found
    }

    /// The text or first embed title the invoker saw last (edit, follow-up or immediate answer).
    func lastAnswer() async -> String {
        for call in await responder.calls.reversed() {
            switch call {
            case .editOriginal(let edit): return edit.embeds?.first?.title ?? edit.content ?? ""
            case .followUp(let message): return message.embeds?.first?.title ?? message.content ?? ""
            case .callback(let response):
                if case .message(let message)? = response.data { return message.embeds?.first?.title ?? message.content ?? "" }
            case .deleteOriginal: continue
            }
        }
        return ""
    }

    /// The member's session: status, IGN, code.
    func session(of userID: Snowflake) async throws -> (status: String, ign: String?, code: String?)? {
        try await db.database.read { connection in
            try connection.fetchOne("SELECT status, rotmg_ign, verification_code FROM verification_session WHERE user_id = ?1",
                                    userID) { (try $0.get(0, as: String.self), try $0.get(1, as: String?.self), try $0.get(2, as: String?.self)) }
        }
    }

    /// Get Verified on the panel, RealmEye, the IGN typed: the member now waits with a code.
    func startRealmEye(_ member: SandboxMember, ign: String) async throws -> String {
        await press(VerificationIDsWire.getVerified, as: member, in: try await channel("verification"))
        let start = try #require(buttons(in: await directMessages(to: member.id).last)["RealmEye"])
        await press(start, as: member)
        try await dm(ign, from: member)
        return try #require(try await session(of: member.id)?.code)
    }

    /// The integer `sql` returns.
    func count(_ sql: String) async throws -> Int { try await db.count(sql) }

    /// Runs `body` on a fresh stage and tears it down afterwards.
    static func with(_ body: (VerificationStage) async throws -> Void) async throws {
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
        transport.shutdown()
        await realmEye.stop()
        await sandbox.stop()
        await db.remove()
    }
}

/// The panel button's wire id (the feature's ids are internal).
enum VerificationIDsWire {
    static let getVerified = "v1:verification:get_verified"
}
