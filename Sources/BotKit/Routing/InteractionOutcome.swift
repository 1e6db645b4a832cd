import DiscordModels

/// What happened to one interaction, for metrics (acknowledgement latency, failures by code) and
/// benchmarks; emitted for every kind, not only commands.
public struct InteractionOutcome: Hashable, Sendable {
    /// Which kind of interaction.
    public enum Kind: String, Hashable, Sendable {
        /// A slash command.
        case command
        /// A button or select.
        case component
        /// A modal submission.
        case modal
        /// An autocomplete request.
        case autocomplete
    }

    /// The interaction.
    public var interactionID: Snowflake
    /// Its kind.
    public var kind: Kind
    /// The command name or `namespace:action` (or the refused raw id's prefix).
    public var route: String
    /// Whether Discord accepted the acknowledgement.
    public var acknowledged: Bool
    /// Time from receipt to the acknowledgement being accepted.
    public var acknowledgementLatency: Duration
    /// Time from receipt to the end of all work.
    public var totalLatency: Duration
    /// The failure's code, if any.
    public var errorCode: BotErrorCode?
    /// A re-delivery of an interaction already handled to the end: ignored, nothing sent.
    public var replayIgnored = false
}
