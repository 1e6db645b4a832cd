import DiscordModels

/// Something the bot did in answer to an interaction: the callback, follow-ups, @original edits.
public struct InteractionEvent: Sendable {
    /// What kind of answer it was.
    public enum Kind: Sendable, Hashable {
        /// `POST /interactions/{id}/{token}/callback` with this callback type (4, 5, 6, 7, 8, 9).
        case callback(type: Int)
        /// `POST /webhooks/{app}/{token}` created (or, after a deferral, filled in) this message.
        case followupCreated(messageID: Snowflake)
        /// A follow-up message was edited.
        case followupEdited(messageID: Snowflake)
        /// A follow-up message was deleted.
        case followupDeleted(messageID: Snowflake)
        /// `PATCH …/messages/@original`.
        case originalEdited
        /// `DELETE …/messages/@original`.
        case originalDeleted
    }

    /// The interaction answered.
    public let interactionID: Snowflake
    /// The kind of answer.
    public let kind: Kind
    /// The request body the bot sent.
    public let body: JSONValue?
    /// When it arrived, on the monotonic clock.
    public let receivedAt: ContinuousClock.Instant
    /// Time from INTERACTION_CREATE leaving the sandbox to this request arriving.
    public let sinceDispatch: Duration
    /// The HTTP status the sandbox answered (204/200 accepted; 400 40060 duplicate; 404 10062 late).
    public let status: Int

    /// Whether Discord would have accepted it.
    public var accepted: Bool { status < 300 }
}

/// The bot's initial response to one interaction, as a test awaits it.
public struct InteractionCallback: Sendable {
    /// The callback type (5 = deferred message, 6 = deferred update, 4 = message, 9 = modal, …).
    public let type: Int
    /// The callback's `data`, if any.
    public let data: JSONValue?
    /// Time from INTERACTION_CREATE sent to the callback received (the transport benchmark's number).
    public let latency: Duration
    /// The status the sandbox answered with.
    public let status: Int

    /// Creates a callback record (the sandbox builds these; tests may too).
    public init(type: Int, data: JSONValue?, latency: Duration, status: Int) {
        self.type = type
        self.data = data
        self.latency = latency
        self.status = status
    }

    /// Whether the callback made the deadline and was the first one.
    public var accepted: Bool { status < 300 }
    /// Whether the response is ephemeral (flag 64 in `data.flags`).
    public var isEphemeral: Bool { ((data?["flags"]?.asInt ?? 0) & 64) != 0 }
}
