import DiscordModels

/// A dispatched interaction a test awaits answers for: `try await reply.callback`.
public struct InteractionHandle: Sendable {
    /// The interaction's id.
    public let id: Snowflake
    /// The interaction token (also the webhook token for follow-ups).
    public let token: String
    /// The sequence number the INTERACTION_CREATE dispatch carried.
    public let sequence: Int
    /// The full INTERACTION_CREATE `d` the bot received.
    public let payload: JSONValue
    let events: AwaitableLog<InteractionEvent>

    /// The bot's first callback (accepted or not), waiting for it if needed.
    public var callback: InteractionCallback {
        get async throws {
            let id = self.id
            let event = try await events.first { event in
                guard event.interactionID == id, case .callback = event.kind else { return false }
                return true
            }
            guard case .callback(let type) = event.kind else { preconditionFailure("filtered to callbacks") }
            return InteractionCallback(type: type, data: event.body?["data"], latency: event.sinceDispatch, status: event.status)
        }
    }

    /// The `index`-th answer (0 = first) of any kind after the callback, waiting for it if needed.
    public func answer(_ index: Int, where kind: @escaping @Sendable (InteractionEvent.Kind) -> Bool = { _ in true })
        async throws -> InteractionEvent
    {
        let id = self.id
        return try await events.first(occurrence: index) { $0.interactionID == id && kind($0.kind) }
    }

    /// The first follow-up message the bot created (or the deferral it filled in).
    public var followup: InteractionEvent {
        get async throws {
            try await answer(0) { if case .followupCreated = $0 { true } else { false } }
        }
    }

    /// The first `PATCH @original`.
    public var originalEdit: InteractionEvent {
        get async throws {
            try await answer(0) { $0 == .originalEdited }
        }
    }

    /// Every answer recorded so far, oldest first.
    public var answers: [InteractionEvent] {
        get async {
            let id = self.id
            return await events.filter { $0.interactionID == id }
        }
    }
}
