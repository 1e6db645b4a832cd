import Hummingbird
import HummingbirdWebSocket
import NIOCore

/// The request context: Hummingbird's WebSocket context plus the connection's channel, so the
/// gateway can drop a socket without a close frame (a TCP reset, seen by clients as 1006).
struct SandboxRequestContext: RequestContext, WebSocketRequestContext {
    var coreContext: CoreRequestContextStorage
    let webSocket: WebSocketHandlerReference<SandboxRequestContext>
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        webSocket = .init()
        channel = source.channel
    }
}
