import DiscordModels
import WSClient

/// What the service's single loop consumes: reports from the connection, timer, `/gateway/bot` and shutdown.
enum GatewayServiceInput: Sendable {
    /// The WebSocket of connection `connection` opened; sends go through `outbound`.
    case connected(connection: Int, outbound: WebSocketOutboundWriter)
    /// A frame arrived (already inflated and decoded by the reader) at `receivedAt` on the injected clock.
    case frame(connection: Int, DecodedGatewayFrame, receivedAt: Duration)
    /// The connection is gone: closed with a code, dropped (nil), or never opened (`error`).
    case ended(connection: Int, closeCode: Int?, error: (any Error)?)
    /// `GET /gateway/bot` answered.
    case gatewayInfo(GatewayBotInfo)
    /// `GET /gateway/bot` failed.
    case gatewayInfoFailed(any Error)
    /// The timer armed as `generation` fired (older generations are ignored).
    case timer(generation: Int)
    /// A bot command (presence, member request) to send within the send limit.
    case command(String)
    /// A command slot may have freed up.
    case commandSlot
    /// Graceful shutdown was requested.
    case shutdown
}

/// One frame after decoding; a frame that fails to decode is reported, never fatal.
enum DecodedGatewayFrame: Sendable {
    /// A gateway message.
    case message(GatewayMessage)
    /// The frame was not valid gateway JSON; the description says why.
    case undecodable(String)
}
