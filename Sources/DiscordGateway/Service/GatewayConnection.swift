import CivilTime
import Logging
import NIOCore
import NIOWebSocket
@_spi(TestKit) import ServiceLifecycle
import WSClient

/// One WebSocket connection to the gateway: waits until its start time, connects, and always reads.
///
/// The reader never waits on anyone: every frame is inflated and decoded here and handed to the service's
/// input stream, so pings are answered and heartbeats ACKed however slow the consumer is.
struct GatewayConnection: Sendable {
    /// Distinguishes this connection's reports from those of connections already replaced.
    let id: Int
    let url: String
    /// When to connect, on `clock` (reconnect backoff and identify spacing end here).
    let notBefore: Duration
    /// The service's clock: it times the start and stamps every frame.
    let clock: any BotClock
    let configuration: GatewayConfiguration
    let logger: Logger
    let input: AsyncStream<GatewayServiceInput>.Continuation
    /// Finishes when the service aborts this connection (a hung close, or shutdown while connecting).
    let abort: AsyncStream<Void>

    /// Runs until the socket is closed or the connection is aborted; always reports `.ended` last.
    func run() async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.connectAndRead() }
            group.addTask { for await _ in self.abort {} }
            await group.next()
            group.cancelAll()
        }
    }

    private func connectAndRead() async {
        do {
            try await clock.sleep(until: notBefore)
        } catch {
            input.yield(.ended(connection: id, closeCode: nil, error: nil))
            return
        }
        do {
            // WSClient closes with 1000 on graceful shutdown, which would end the Discord session; the
            // service closes resumably itself, so the connection must not see the ServiceGroup's shutdown.
            let closeFrame = try await TaskLocals.$gracefulShutdownManager.withValue(nil) {
                try await WebSocketClient.connect(url: url, configuration: socketConfiguration, logger: socketLogger) {
                    inbound, outbound, _ in
                    try await self.session(inbound: inbound, outbound: outbound)
                }
            }
            let code = closeFrame.map { Int(UInt16(webSocketErrorCode: $0.closeCode)) }
            input.yield(.ended(connection: id, closeCode: code, error: nil))
        } catch {
            input.yield(.ended(connection: id, closeCode: nil, error: error))
        }
    }

    /// WSClient traces the first bytes of every frame it sends, which would reach into IDENTIFY's token.
    private var socketLogger: Logger {
        var socketLogger = logger
        socketLogger.logLevel = max(logger.logLevel, .debug)
        return socketLogger
    }

    private var socketConfiguration: WebSocketClientConfiguration {
        WebSocketClientConfiguration(
            maxFrameSize: configuration.maxMessageSize,
            closeTimeout: .seconds(4),
            autoPing: .disabled
        )
    }

    private func session(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async throws {
        input.yield(.connected(connection: id, outbound: outbound))
        let inflater = try configuration.compress ? ZlibStreamInflater(maxPayloadSize: configuration.maxMessageSize) : nil
        do {
            for try await message in inbound.messages(maxSize: configuration.maxMessageSize) {
                guard let payload = try payload(of: message, inflater: inflater) else { continue }
                let receivedAt = clock.now()
                input.yield(.frame(connection: id, GatewayFrameCodec.decode(payload), receivedAt: receivedAt))
            }
        } catch {
            logger.warning("gateway read failed", metadata: ["gateway.error": "\(error)"])
        }
        // Reached when the server closed (then this does nothing) or the read was cancelled or failed:
        // never let WSClient's default 1000 end the session.
        try? await outbound.close(WebSocketErrorCode(codeNumber: GatewayStateMachine.resumableCloseCode), reason: nil)
    }

    private func payload(of message: WebSocketMessage, inflater: ZlibStreamInflater?) throws -> ByteBuffer? {
        switch message {
        case .text(let text):
            return ByteBuffer(string: text)
        case .binary(let buffer):
            guard let inflater else { return buffer }
            return try inflater.append(buffer)
        }
    }
}
