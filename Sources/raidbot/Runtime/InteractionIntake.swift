import BotKit
import DiscordGateway
import DiscordModels
import FeatureKit
import Logging
import ServiceLifecycle

/// Consumes the gateway's dispatches: every interaction goes to the router in its own child task
/// (so one slow handler never delays another's acknowledgement), every member's DM to the DM
/// conversation layer, every GUILD_MEMBER_UPDATE to the features' member-update handlers, every guild
/// message to the features' guild-message handlers (one at a time, in the gateway's order, so a
/// staff member's thread messages are recorded in the order they were sent); READY triggers command
/// registration. On graceful shutdown it stops taking dispatches at once and lets the handlers in
/// flight finish; the watermark keeps the saved session from running past what was handled. It
/// ends when the gateway's dispatch stream finishes.
struct InteractionIntake: Service, CustomStringConvertible {
    let dispatches: AsyncStream<GatewayDispatchEnvelope>
    let router: InteractionRouter
    let conversations: DMConversations
    /// The features' GUILD_MEMBER_UPDATE handlers (Team role sync).
    let memberUpdates: MemberUpdates
    /// The features' guild MESSAGE_CREATE handlers (modmail's thread relay).
    var guildMessages = GuildMessages()
    let registrar: CommandRegistrar
    let watermark: DispatchWatermark
    /// Wall time this process started (Unix ms): only an interaction created before it (give or
    /// take the clocks' skew) can have been seen by an earlier process.
    let startedAt: Int64
    let logger: Logger

    /// How far Discord's clock may run ahead of ours.
    static let clockSkewMilliseconds: Int64 = 10_000

    var description: String { "InteractionIntake" }

    func run() async throws {
        let (guildMessageQueue, guildMessageInput) = AsyncStream.makeStream(of: (Message, DispatchWatermark.Ticket?).self)
        await withDiscardingTaskGroup { group in
            group.addTask { [guildMessages, watermark] in
                for await (message, ticket) in guildMessageQueue {
                    await guildMessages.handle(message)
                    if let ticket { watermark.end(ticket) }
                }
            }
            defer { guildMessageInput.finish() }
            for await envelope in dispatches.cancelOnGracefulShutdown() {
                switch envelope.dispatch {
                case .interactionCreate(let interaction):
                    let ticket = envelope.sequence.map(watermark.begin)
                    let possiblyReplayed = Int64(interaction.id.unixMilliseconds) < startedAt + Self.clockSkewMilliseconds
                    group.addTask {
                        await router.handle(interaction, possiblyReplayed: possiblyReplayed)
                        if let ticket { watermark.end(ticket) }
                    }
                    continue
                case .messageCreate(let message):
                    guard let direct = DirectMessage(message) else {
                        guard message.guildID != nil, !guildMessages.isEmpty else { break }
                        guildMessageInput.yield((message, envelope.sequence.map(watermark.begin)))
                        continue
                    }
                    let ticket = envelope.sequence.map(watermark.begin)
                    group.addTask {
                        _ = await conversations.receive(direct)
                        if let ticket { watermark.end(ticket) }
                    }
                    continue
                case .guildMemberUpdate(let member):
                    guard !memberUpdates.isEmpty else { break }
                    let ticket = envelope.sequence.map(watermark.begin)
                    group.addTask {
                        await memberUpdates.handle(member)
                        if let ticket { watermark.end(ticket) }
                    }
                    continue
                case .ready(let ready):
                    watermark.restart(at: envelope.sequence)
                    logger.notice("gateway ready", metadata: ["bot.user": "\(ready.user.username)"])
                    let applicationID = ready.application?.id ?? ready.user.id
                    group.addTask { await register(applicationID: applicationID) }
                case .resumed:
                    logger.info("gateway session resumed")
                default:
                    break
                }
                if let sequence = envelope.sequence { watermark.pass(sequence) }
            }
        }
    }

    /// Registration failures are logged, never fatal: the previous commands keep working.
    private func register(applicationID: Snowflake) async {
        do {
            try await registrar.registerIfChanged(applicationID: applicationID)
        } catch {
            logger.error("slash command registration failed", metadata: ["error": "\(error)"])
        }
    }
}
