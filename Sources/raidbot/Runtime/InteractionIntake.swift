import BotKit
import DiscordGateway
import DiscordModels
import Logging
import ServiceLifecycle

/// Consumes the gateway's dispatches: every interaction goes to the router in its own child task
/// (so one slow handler never delays another's acknowledgement); READY triggers command
/// registration. On graceful shutdown it stops taking dispatches at once and lets the handlers in
/// flight finish; the watermark keeps the saved session from running past what was handled. It
/// ends when the gateway's dispatch stream finishes.
struct InteractionIntake: Service, CustomStringConvertible {
    let dispatches: AsyncStream<GatewayDispatchEnvelope>
    let router: InteractionRouter
    let registrar: CommandRegistrar
    let watermark: DispatchWatermark
    let logger: Logger

    var description: String { "InteractionIntake" }

    func run() async throws {
        // Until READY or RESUMED, a resumed session replays what an earlier process may have handled.
        var replaying = true
        await withDiscardingTaskGroup { group in
            for await envelope in dispatches.cancelOnGracefulShutdown() {
                switch envelope.dispatch {
                case .interactionCreate(let interaction):
                    let ticket = envelope.sequence.map(watermark.begin)
                    group.addTask { [replaying] in
                        await router.handle(interaction, possiblyReplayed: replaying)
                        if let ticket { watermark.end(ticket) }
                    }
                    continue
                case .ready(let ready):
                    replaying = false
                    watermark.restart(at: envelope.sequence)
                    logger.notice("gateway ready", metadata: ["bot.user": "\(ready.user.username)"])
                    let applicationID = ready.application?.id ?? ready.user.id
                    group.addTask { await register(applicationID: applicationID) }
                case .resumed:
                    replaying = false
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
