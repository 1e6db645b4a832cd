import DiscordModels
import DiscordREST
import Logging

/// Replay safety: what the router does with an interaction it may have seen before a restart.
extension InteractionRouter {
    /// How an interaction arrives, judged by the receipts.
    enum Delivery: Equatable {
        /// Never seen: acknowledge and handle.
        case new
        /// Acknowledged by an earlier process that did not finish it: handle through its webhook.
        case acknowledgedBefore
        /// Already handled to the end: nothing to do.
        case completedBefore
    }

    /// How `interaction` arrives: one read of the receipts (a resumed session re-delivers what an
    /// earlier process may have handled). Without a receipt, a possibly replayed reply-style
    /// interaction is looked up (`probe`; the previous process may have died between the callback
    /// and the receipt): its original response exists only once acknowledged. Anything unreadable
    /// counts as new; the callback then tells (Discord's 40060 is taken as "acknowledged before").
    func delivery(of interaction: Interaction, probe: Bool, logger: Logger) async -> Delivery {
        do {
            switch try await receipts.status(of: interaction.id) {
            case nil:
                guard probe, await originalResponseExists(interaction, logger: logger) else { return .new }
                logger.notice("re-delivered interaction: its response exists, handling it now")
                return .acknowledgedBefore
            case .acknowledged?:
                logger.notice("re-delivered interaction: acknowledged before, handling it now")
                return .acknowledgedBefore
            case .completed?:
                logger.notice("re-delivered interaction: handled before, ignored")
                return .completedBefore
            }
        } catch {
            logger.warning("interaction receipt unreadable", metadata: ["error": "\(error)"])
            return .new
        }
    }

    private func originalResponseExists(_ interaction: Interaction, logger: Logger) async -> Bool {
        do {
            _ = try await responder.getOriginal(applicationID: interaction.applicationID, token: interaction.token)
            return true
        } catch let error as RESTError where error.status == 404 {
            return false
        } catch {
            logger.notice("could not look up the interaction's response", metadata: ["error": "\(error)"])
            return false
        }
    }

    /// Acknowledges a new interaction and remembers it; one acknowledged before is not acknowledged again.
    func acknowledge(_ interaction: Interaction, _ response: InteractionResponse, delivery: Delivery,
                     logger: Logger) async -> Bool {
        guard delivery == .new else { return true }
        guard await acknowledge(interaction, response, logger: logger) else { return false }
        await remember(logger) { try await receipts.acknowledged(interaction.id) }
        return true
    }

    /// Remembers that `interaction` was handled to the end.
    func complete(_ interaction: Interaction, logger: Logger) async {
        await remember(logger) { try await receipts.completed(interaction.id) }
    }

    private func remember(_ logger: Logger, _ write: () async throws -> Void) async {
        do {
            try await write()
        } catch {
            logger.warning("interaction receipt not written", metadata: ["error": "\(error)"])
        }
    }
}
