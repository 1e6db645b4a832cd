import DiscordModels

/// Every interaction the sandbox dispatched and what the bot answered: enforces the 3 s deadline,
/// single acknowledgement and 15 min token lifetime, and records answers for tests to await.
actor InteractionLedger {
    /// What the sandbox remembers about one dispatched interaction.
    struct Entry: Sendable {
        let id: Snowflake
        let token: String
        let type: Int
        let channelID: Snowflake
        let memberID: Snowflake
        let sourceMessageID: Snowflake?
        var sentAt: ContinuousClock.Instant
        var callbackType: Int?
        var originalMessageID: Snowflake?
        var originalPending = false
    }

    let events: AwaitableLog<InteractionEvent>
    private var entries: [Snowflake: Entry] = [:]
    private var idByToken: [String: Snowflake] = [:]
    private let deadline: Duration
    private let tokenLifetime: Duration = .seconds(15 * 60)
    private let clock = ContinuousClock()

    init(deadline: Duration, waitTimeout: Duration) {
        self.deadline = deadline
        self.events = AwaitableLog(defaultTimeout: waitTimeout)
    }

    /// Remembers an interaction about to be dispatched.
    func register(_ entry: Entry) {
        entries[entry.id] = entry
        idByToken[entry.token] = entry.id
    }

    /// The entry for a callback route, checking the token, deadline and single acknowledgement.
    func acknowledge(id: Snowflake, token: String, type: Int, body: JSONValue?) async throws -> Entry {
        guard var entry = entries[id], entry.token == token else { throw DiscordFailure.unknownInteraction }
        let elapsed = clock.now - entry.sentAt
        if entry.callbackType != nil {
            await record(entry, .callback(type: type), body, status: 400)
            throw DiscordFailure.alreadyAcknowledged
        }
        if elapsed > deadline {
            await record(entry, .callback(type: type), body, status: 404)
            throw DiscordFailure.unknownInteraction
        }
        entry.callbackType = type
        entries[id] = entry
        return entry
    }

    /// Records an answer (accepted, or rejected with `status`) and stores how it changed the original response.
    func accept(_ entry: Entry, _ kind: InteractionEvent.Kind, body: JSONValue?, status: Int) async {
        entries[entry.id] = entry
        await record(entry, kind, body, status: status)
    }

    /// The live entry for a webhook-token route (unknown or expired tokens fail like Discord).
    func entry(applicationToken token: String) throws -> Entry {
        guard let id = idByToken[token], let entry = entries[id] else { throw DiscordFailure.unknownWebhook }
        if clock.now - entry.sentAt > tokenLifetime {
            throw DiscordFailure(status: 401, code: 50027, message: "Invalid Webhook Token")
        }
        return entry
    }

    /// The entry with this id, if dispatched.
    func entry(_ id: Snowflake) -> Entry? { entries[id] }

    private func record(_ entry: Entry, _ kind: InteractionEvent.Kind, _ body: JSONValue?, status: Int) async {
        let now = clock.now
        await events.append(InteractionEvent(
            interactionID: entry.id, kind: kind, body: body, receivedAt: now,
            sinceDispatch: now - entry.sentAt, status: status))
    }
}
