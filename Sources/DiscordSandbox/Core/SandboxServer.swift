import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import Logging
import NIOCore

/// The Hummingbird application: REST under `/api/v10`, the gateway on `/gateway` and `/resume`,
/// plus whatever `extraRoutes` mounts.
enum SandboxServer {
    /// Builds the application; `onPort` receives the bound ephemeral port.
    static func application(
        pipeline: RESTPipeline, socket: GatewaySocket, port: Int, logger: Logger,
        extraRoutes: @Sendable (Router<SandboxRequestContext>) -> Void = { _ in },
        onPort: @escaping @Sendable (Int) async -> Void
    ) -> some ApplicationProtocol {
        let router = Router(context: SandboxRequestContext.self)
        for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
            router.on("/api/v10/**", method: method) { request, _ in try await respond(request, pipeline: pipeline) }
        }
        for path in ["/gateway", "/resume"] {
            router.ws(RouterPath(path)) { _, _ in .upgrade() } onUpgrade: { inbound, outbound, context in
                let compressed = context.request.uri.queryParameters["compress"] == "zlib-stream"
                await socket.serve(inbound: inbound, outbound: outbound, channel: context.requestContext.channel,
                                   path: path, compressed: compressed)
            }
        }
        extraRoutes(router)
        let webSocket = WebSocketServerConfiguration(maxFrameSize: 1 << 20, autoPing: .disabled)
        return Application(
            router: router,
            server: .http1WebSocketUpgrade(webSocketRouter: router, configuration: .init(ws: webSocket)),
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil),
            onServerRunning: { channel in await onPort(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }

    private static func respond(_ request: Request, pipeline: RESTPipeline) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 26 << 20)
        let path = String(request.uri.path.dropFirst("/api/v10".count))
        let exchange = HTTPExchange.Request(
            method: request.method.rawValue, path: path, query: request.uri.query,
            headers: request.headers.map { ($0.name.rawName, $0.value) }, body: Array(buffer: body))
        let reply = await pipeline.respond(to: exchange)
        var headers = HTTPFields()
        for (name, value) in reply.headers {
            if let field = HTTPField.Name(name) { headers.append(HTTPField(name: field, value: value)) }
        }
        return Response(status: .init(code: reply.status), headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body)))
    }
}
