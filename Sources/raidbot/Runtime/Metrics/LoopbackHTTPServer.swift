import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle

/// A minimal HTTP/1.1 server on 127.0.0.1 that answers GET requests from one async function: all
/// `/metrics` and `/health` need. Plain SwiftNIO (already linked for the gateway's WebSocket), so
/// the small release binary carries no web framework (docs/benchmarks.md, "Binary size").
struct LoopbackHTTPServer: Service {
    /// What a route answers.
    struct Response: Sendable {
        var status: HTTPResponseStatus
        var contentType: String
        var body: String
    }

    let port: Int
    let bound: BoundPort
    let logger: Logger
    /// The answer for a GET of `path`; nil for an unknown path (404).
    let respond: @Sendable (_ path: String) async -> Response?

    func run() async throws {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(wrappingChannelSynchronously: channel)
                }
            }
        bound.resolve(server.channel.localAddress?.port ?? 0)
        logger.info("listening", metadata: ["port": "\(server.channel.localAddress?.port ?? 0)"])
        try await cancelWhenGracefulShutdown {
            try await server.executeThenClose { connections in
                try await withThrowingDiscardingTaskGroup { group in
                    for try await connection in connections {
                        group.addTask { await serve(connection) }
                    }
                }
            }
        }
    }

    /// Answers one connection's requests in order until the client closes or asks to.
    private func serve(_ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>) async {
        do {
            try await connection.executeThenClose { inbound, outbound in
                var request: HTTPRequestHead?
                for try await part in inbound {
                    switch part {
                    case .head(let head): request = head
                    case .body: continue
                    case .end:
                        guard let head = request else { return }
                        try await answer(head, on: outbound)
                        if !head.isKeepAlive { return }
                        request = nil
                    }
                }
            }
        } catch {
            logger.debug("connection ended", metadata: ["error": "\(error)"])
        }
    }

    private func answer(_ head: HTTPRequestHead, on outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>) async throws {
        let path = String(head.uri.prefix { $0 != "?" })
        let response: Response = if head.method != .GET {
            Response(status: .methodNotAllowed, contentType: "text/plain; charset=utf-8", body: "method not allowed\n")
        } else {
            await respond(path) ?? Response(status: .notFound, contentType: "text/plain; charset=utf-8", body: "not found\n")
        }
        let body = ByteBuffer(string: response.body)
        var headers = HTTPHeaders([("Content-Type", response.contentType), ("Content-Length", "\(body.readableBytes)")])
        if !head.isKeepAlive { headers.add(name: "Connection", value: "close") }
        try await outbound.write(.head(HTTPResponseHead(version: head.version, status: response.status, headers: headers)))
        try await outbound.write(.body(.byteBuffer(body)))
        try await outbound.write(.end(nil))
    }
}
