import BotKit
import DiscordGateway
import DiscordModels
import Logging
import ServiceLifecycle

/// Consumes the gateway's dispatches: every interaction goes to the router in its own child task
/// (so one slow handler never delays another's acknowledgement); READY triggers command
/// registration. It ends when the gateway's dispatch stream finishes.
struct InteractionIntake: Service, CustomStringConvertible {
    let dispatches: AsyncStream<GatewayDispatchEnvelope>
    let router: InteractionRouter
    let registrar: CommandRegistrar
    let logger: Logger

    var description: String { "InteractionIntake" }

    func run() async throws {
        await withDiscardingTaskGroup { group in
            for await envelope in dispatches.cancelOnGracefulShutdown() {
                switch envelope.dispatch {
                case .interactionCreate(let interaction):
                    group.addTask { await router.handle(interaction) }
                case .ready(let ready):
                    logger.notice("gateway ready", metadata: ["bot.user": "\(ready.user.username)"])
                    let applicationID = ready.application?.id ?? ready.user.id
                    group.addTask { await register(applicationID: applicationID) }
                case .resumed:
                    logger.info("gateway session resumed")
                default:
                    continue
                }
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
