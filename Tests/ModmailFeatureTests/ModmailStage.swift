import BotKit
import DiscordModels
import DiscordREST
import DiscordSandbox
import Logging
import ModmailFeature
import Storage
import TestSupport
import Testing
@testable import FeatureKit

/// The modmail feature behind a real router, over a real SQLite file, against the local Discord
/// stand-in (the only fake, at the network boundary), on virtual time. Members' DMs enter through
/// the DM conversation layer, exactly as the gateway intake hands them over.
struct ModmailStage {
    let sandbox: DiscordSandbox
    let db: TemporaryDatabase
    let rest: DiscordREST
    let clock: ManualBotClock
    let responder = RecordingResponder()
    let environment: FeatureEnvironment
    let router: InteractionRouter
    /// The features' guild MESSAGE_CREATE handlers, as the gateway intake hands messages over.
    let guildMessages: GuildMessages
    let interactions: StageInteractions
    /// Interactions and DMs share one id sequence, as on Discord.
    var ids: InteractionIDs { interactions.ids }

    /// Staff ranks mapped (security, officer = Head Raid Leader, verified raider), `#modmail` mapped
    /// as the modmail channel (unless `mapModmail` is false) and `#staff-logs` as punishment_log.
    static func make(mapModmail: Bool = true) async throws -> ModmailStage {
        let sandbox = try await DiscordSandbox.start(SandboxConfiguration(token: "modmail.test.token"))
        let db = try TemporaryDatabase(prefix: "modmail")
        let stage = try await ModmailStage(sandbox: sandbox, db: db, clock: ManualBotClock(unixMilliseconds: 1_800_000_000_000),
                                           ids: InteractionIDs())
        try await stage.configure(mapModmail: mapModmail)
        return stage
    }

    init(sandbox: DiscordSandbox, db: TemporaryDatabase, clock: ManualBotClock, ids: InteractionIDs) async throws {
        self.sandbox = sandbox
        self.db = db
        self.clock = clock
        interactions = StageInteractions(sandbox: sandbox, token: "modmail-token", ids: ids)
        rest = DiscordREST(configuration: RESTConfiguration(apiBase: sandbox.apiBase, token: "modmail.test.token",
                                                            policy: RateLimitPolicy(maxServerErrorRetries: 0)))
        let logger = Logger(label: "modmail-test") { _ in SwiftLogNoOpLogHandler() }
        environment = FeatureEnvironment(database: db.database, rest: rest, clock: clock,
                                         guildID: sandbox.configuration.guildID, logger: logger)
        let set = FeatureSet([ModmailFeature(environment)], environment: environment)
        guildMessages = set.guildMessages
        router = InteractionRouter(catalog: set.catalog, routes: set.routes, responder: responder, sink: set.logSink,
                                   roles: set.roleMapping, clock: clock, logger: logger)
    }

    /// The same database and Discord, a new process (new services, new router, new handlers).
    func restarted() async throws -> ModmailStage {
        try await ModmailStage(sandbox: sandbox, db: db, clock: clock, ids: interactions.ids)
    }

    private func configure(mapModmail: Bool) async throws {
        let guild = sandbox.guild
        var mapping: [GuildRole: Snowflake] = [:]
        for (key, name) in [(GuildRole.security, "Security"), (.officer, "Head Raid Leader"), (.verifiedRaider, "Verified Raider")] {
            mapping[key] = try #require(await guild.role(named: name)).id
        }
        let guildID = sandbox.configuration.guildID
        _ = try await GuildRoleStore(database: db.database).setRoles(mapping, guildID: guildID, actorID: 1,
                                                                     now: clock.unixMilliseconds())
        var channels: [GuildChannelKey: Snowflake] = [.punishmentLog: try #require(await guild.channel(named: "staff-logs")).id]
        if mapModmail { channels[.modmail] = try await modmailChannel() }
        _ = try await GuildChannelStore(database: db.database).setChannels(channels, guildID: guildID, actorID: 1,
                                                                           now: clock.unixMilliseconds())
    }

    /// A seeded member by username.
    func member(_ name: String) async throws -> SandboxMember {
        try #require(await sandbox.guild.member(named: name))
    }

    /// `#modmail`.
    func modmailChannel() async throws -> Snowflake {
        try #require(await sandbox.guild.channel(named: "modmail")).id
    }

    /// Runs `/name` as `actor`, in their DMs with the bot (`channel` nil) or in `channel` of the guild.
    func run(_ name: String, _ options: [CommandInteractionOption] = [], as actor: SandboxMember,
             in channel: Snowflake? = nil) async {
        await router.handle(await interactions.command(name, options, as: actor, in: channel))
        clock.advance(by: .seconds(16))
    }

    /// Presses `customID` as `actor`, in DMs (`channel` nil) or on a message in `channel`.
    func press(_ customID: String, as actor: SandboxMember, in channel: Snowflake? = nil) async {
        await router.handle(await interactions.component(customID, as: actor, in: channel, message: nil))
        clock.advance(by: .seconds(16))
    }

    /// `member` DMs the bot; the DM layer hands it over as the gateway intake would.
    @discardableResult
    func dm(_ text: String, from member: SandboxMember, attachments: [String] = [], id: Snowflake? = nil) async throws -> DMReceipt {
        let channel = try await rest.openDM(recipientID: member.id)
        let message = DirectMessage(id: id ?? Snowflake(ids.next()), authorID: member.id, channelID: channel.id,
                                    content: text, attachmentURLs: attachments)
        return await environment.conversations.receive(message)
    }

    /// `/configmodmail relay-thread-messages` as the guild owner (Administrator rank).
    func configureThreadRelay(_ enabled: Bool, ignorePrefix: String? = nil) async throws {
        var options = [CommandInteractionOption(name: "enabled", type: .boolean, value: .boolean(enabled))]
        if let ignorePrefix { options.append(Option.text("ignore_prefix", ignorePrefix)) }
        let sub = CommandInteractionOption(name: "relay-thread-messages", type: .subCommand, options: options)
        await run("configmodmail", [sub], as: try await member("guild_owner"), in: try await modmailChannel())
    }

    /// `author` writes `text` in `channel` (a ticket's thread) through the stand-in, and the message
    /// reaches the features as the gateway delivers it (guild MESSAGE_CREATE with the author's
    /// partial member). Returns the message, to hand over again (a resume's replay).
    @discardableResult
    func post(_ text: String, in channel: Snowflake, as author: SandboxMember, attachments: [String] = []) async throws -> Message {
        let posted = try await sandbox.post(text, in: channel, as: author, attachments: attachments)
        var message = try await rest.getMessage(channelID: channel, messageID: posted.id)
        message.guildID = sandbox.configuration.guildID
        message.member = Member(user: nil, roles: author.roleIDs)
        await deliver(message)
        return message
    }

    /// Hands a guild message to the features, as the intake would.
    func deliver(_ message: Message) async {
        await guildMessages.handle(message)
        clock.advance(by: .seconds(1))
    }

    /// Every message the bot sent to `userID` in DMs.
    func directMessages(to userID: Snowflake) async -> [SandboxMessage] {
        guard let channel = await sandbox.guild.dmChannel(with: userID) else { return [] }
        return await sandbox.guild.messages(in: channel.id)
    }

    /// The member's open ticket: id, thread and ticket message.
    func openTicket(of userID: Snowflake) async throws -> (id: String, thread: Snowflake, message: Snowflake)? {
        try await db.database.read { connection in
            try connection.fetchOne("SELECT ticket_id, thread_id, message_id FROM modmail_ticket WHERE user_id = ?1 AND status = 'open'",
                                    userID) {
                (try $0.get(0, as: String.self), try $0.get(1, as: Snowflake.self), try $0.get(2, as: Snowflake.self))
            }
        }
    }

    /// Runs `/modmail`, writes `text` and presses Send: the member's ticket.
    func openTicket(_ member: SandboxMember, text: String = "Someone scammed me in a trade") async throws
        -> (id: String, thread: Snowflake, message: Snowflake) {
        await run("modmail", as: member)
        try await dm(text, from: member)
        let send = try #require(await buttons(in: directMessages(to: member.id).last)["Send"])
        await press(send, as: member)
        return try #require(try await openTicket(of: member.id))
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

    /// The text or first embed title the invoker saw last.
    func lastAnswer() async -> String {
        if let edit = await responder.lastEdit, let title = edit.embeds?.first?.title { return title }
        return await responder.lastText ?? ""
    }

    /// Lets the outbox worker carry out what is due.
    func drainOutbox() async { _ = await environment.outbox.pass() }

    /// The integer `sql` returns.
    func count(_ sql: String) async throws -> Int { try await db.count(sql) }

    /// Runs `body` on a fresh stage and tears it down afterwards.
    static func with(mapModmail: Bool = true, _ body: (ModmailStage) async throws -> Void) async throws {
        let stage = try await make(mapModmail: mapModmail)
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
