import CompressNIO
import HummingbirdWebSocket
import NIOCore
import NIOWebSocket

/// Moves frames between one WebSocket and the hub: one child task reads, one writes, so the
/// hub never waits on the network and a slow client cannot stall other connections.
struct GatewaySocket {
    let hub: GatewayHub
    let maxInboundBytes: Int

    /// Serves the socket until either side closes it.
    func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, channel: any Channel,
               path: String, compressed: Bool) async {
        let (link, outbox) = await hub.open(path: path, compressed: compressed)
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await write(outbox, to: outbound, channel: channel, compressed: compressed) }
            group.addTask { await read(inbound, link: link) }
            await group.next()
            group.cancelAll()
        }
        await hub.closed(link)
    }

    private func read(_ inbound: WebSocketInboundStream, link: Int) async {
        do {
            for try await message in inbound.messages(maxSize: maxInboundBytes) {
                switch message {
                case .text(let text): await hub.receive(text, from: link)
                case .binary(let buffer): await hub.receive(String(buffer: buffer), from: link)
                }
            }
        } catch {
            // A reset or protocol error ends the connection like a close without a frame (1006).
        }
    }

    private func write(
        _ outbox: AsyncStream<GatewayOutbound>, to outbound: WebSocketOutboundWriter, channel: any Channel, compressed: Bool
    ) async {
        let deflater = compressed ? ZlibStreamDeflater() : nil
        do {
            for await item in outbox {
                switch item {
                case .frame(let text):
                    if let deflater {
                        try await outbound.write(.binary(try deflater.deflate(text)))
                    } else {
                        try await outbound.write(.text(text))
                    }
                case .close(let code, let reason):
                    try await outbound.close(WebSocketErrorCode(codeNumber: code), reason: reason)
                    return
                case .drop:
                    try await channel.close()
                    return
                }
            }
        } catch {
            // The peer went away; the reader sees the end too.
        }
    }
}

/// Discord's `zlib-stream` transport compression: one zlib context for the whole connection,
/// each payload flushed with Z_SYNC_FLUSH so it ends in `00 00 FF FF`. Used by one writer task only.
final class ZlibStreamDeflater {
    private let compressor: any NIOCompressor

    init() {
        compressor = CompressionAlgorithm.zlib().compressor
        try? compressor.startStream()
    }

    deinit { try? compressor.finishStream() }

    func deflate(_ text: String) throws -> ByteBuffer {
        var input = ByteBuffer(string: text)
        return try input.compressStream(with: compressor, flush: .sync)
    }
}
