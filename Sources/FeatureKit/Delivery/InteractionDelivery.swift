import BotKit
import DiscordModels
import Storage

/// What an interaction's handler promises the member, recorded in the handler's own transaction:
/// the interaction is marked handled (a re-delivery is then ignored) and its side effects go to the
/// outbox, the confirmation first. After the commit the handler sends the confirmation itself
/// (`confirm`); the worker sends whatever this process no longer can.
public struct InteractionDelivery: Sendable {
    /// The interaction being handled.
    public let interactionID: Snowflake
    /// The confirmation, then the other side effects, in order.
    public let items: [OutboxItem]
    /// The confirmation's text.
    public let confirmation: String

    /// The delivery of `context`'s confirmation and `effects`.
    public init(_ context: InteractionContext, confirmation: String, effects: [OutboxItem]) {
        interactionID = context.interaction.id
        self.confirmation = confirmation
        items = [.interactionReply(interactionID: context.interaction.id, applicationID: context.interaction.applicationID,
                                   token: context.interaction.token, content: confirmation)] + effects
    }

    /// Records the delivery inside the caller's transaction; returns the outbox ids, in order.
    public func record(_ connection: Connection, now: Int64) throws -> [Int64] {
        try InteractionReceiptStore.complete(connection, interactionID, now: now)
        return try Outbox.enqueue(items, connection, now: now)
    }

    /// After the commit: the confirmation goes out at once (it never waits behind the slower side
    /// effects), then the worker is told about the rest.
    public static func confirm(_ context: InteractionContext, _ confirmation: String, ids: [Int64],
                               outbox: Outbox) async {
        outbox.nudge()
        do {
            try await context.reply(.text(confirmation))
            if let first = ids.first { await outbox.sent(first) }
        } catch {
            context.logger.warning("confirmation not sent; the outbox will retry", metadata: ["error": "\(error)"])
        }
    }
}
