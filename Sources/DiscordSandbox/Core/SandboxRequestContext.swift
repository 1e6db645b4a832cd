import Hummingbird
import HummingbirdWebSocket
import NIOCore

/// The request context: Hummingbird's WebSocket context plus the connection's channel, so the
/// gateway can drop a socket without a close frame (a TCP reset, seen by clients as 1006).
/// Public so routes mounted through `SandboxConfiguration.routes` (the browser UI) share the server.
public struct SandboxRequestContext: RequestContext, WebSocketRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let webSocket: WebSocketHandlerReference<SandboxRequestContext>
    let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        webSocket = .init()
        channel = source.channel
    }
}
