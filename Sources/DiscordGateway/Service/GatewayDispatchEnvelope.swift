import DiscordModels

/// A dispatch as delivered to the bot: the event, its sequence, and when it arrived (for latency metrics).
public struct GatewayDispatchEnvelope: Sendable {
    /// The gateway sequence number (`s`), unique per session; handlers may use it to spot replays.
    public var sequence: Int?
    /// The decoded event.
    public var dispatch: GatewayDispatch
    /// When the reader received the frame, on the service's injected clock (so latency is measurable in virtual time).
    public var receivedAt: Duration

    /// Wraps a dispatch.
    public init(sequence: Int?, dispatch: GatewayDispatch, receivedAt: Duration) {
        self.sequence = sequence
        self.dispatch = dispatch
        self.receivedAt = receivedAt
    }
}
