import CompressNIO
import NIOCore
import Testing
@testable import DiscordGateway

@Suite("ZlibStreamInflater: Discord zlib-stream transport")
struct ZlibStreamInflaterTests {
    /// Compresses payloads the way Discord does: one shared context, each payload ending in a sync flush.
    final class ZlibStreamDeflater {
        let compressor: ZlibCompressor

        init() throws {
            compressor = try ZlibCompressor(algorithm: .zlib)
        }

        func message(_ text: String) throws -> ByteBuffer {
            var input = ByteBuffer(string: text)
            var output = ByteBufferAllocator().buffer(capacity: compressor.maxSize(from: input) + 64)
            try compressor.deflate(from: &input, to: &output, flush: .sync)
            return output
        }
    }

    static func text(_ buffer: ByteBuffer?) -> String? {
        buffer.map { String(buffer: $0) }
    }

    @Test func inflatesConsecutivePayloadsWithOneContext() throws {
        let deflater = try ZlibStreamDeflater()
        let inflater = try ZlibStreamInflater(maxPayloadSize: 1 << 20)
        for payload in [#"{"op":10,"d":{"heartbeat_interval":41250}}"#, #"{"op":11}"#, #"{"op":11}"#] {
            #expect(Self.text(try inflater.append(try deflater.message(payload))) == payload)
        }
    }

    @Test func payloadSplitAcrossMessagesInflatesOnlyOnTheSuffix() throws {
        let deflater = try ZlibStreamDeflater()
        let inflater = try ZlibStreamInflater(maxPayloadSize: 1 << 20)
        let big = "{\"op\":0,\"d\":\"" + String(repeating: "raid ", count: 20_000) + "\"}"
        let compressed = try deflater.message(big)
        let half = compressed.readableBytes / 2
        #expect(try inflater.append(compressed.getSlice(at: compressed.readerIndex, length: half)!) == nil)
        let rest = compressed.getSlice(at: compressed.readerIndex + half, length: compressed.readableBytes - half)!
        #expect(Self.text(try inflater.append(rest)) == big)
    }

    @Test func largePayloadGrowsTheOutputBuffer() throws {
        let deflater = try ZlibStreamDeflater()
        let inflater = try ZlibStreamInflater(maxPayloadSize: 4 << 20)
        // Highly compressible: the inflated size is far beyond the first 4× guess.
        let big = String(repeating: "a", count: 2 << 20)
        #expect(try inflater.append(try deflater.message(big))?.readableBytes == big.utf8.count)
    }

    @Test func payloadOverTheCapIsRejected() throws {
        let deflater = try ZlibStreamDeflater()
        let inflater = try ZlibStreamInflater(maxPayloadSize: 64 << 10)
        #expect(throws: GatewayError.self) {
            try inflater.append(try deflater.message(String(repeating: "b", count: 1 << 20)))
        }
    }

    @Test func corruptStreamThrowsACompressionError() throws {
        let inflater = try ZlibStreamInflater(maxPayloadSize: 1 << 20)
        let garbage = ByteBuffer(bytes: [0x12, 0x34, 0x56, 0x78, 0x9A, 0x00, 0x00, 0xFF, 0xFF])
        #expect(throws: GatewayError.self) { try inflater.append(garbage) }
    }
}

@Suite("GatewayURL: query on every connection URL")
struct GatewayURLTests {
    @Test(arguments: [
        ("wss://gateway.discord.gg", false, "wss://gateway.discord.gg/?v=10&encoding=json"),
        ("wss://gateway.discord.gg/", true, "wss://gateway.discord.gg/?v=10&encoding=json&compress=zlib-stream"),
        ("wss://resume.discord.gg?v=9", false, "wss://resume.discord.gg/?v=10&encoding=json"),
        ("ws://127.0.0.1:8080/gateway", true, "ws://127.0.0.1:8080/gateway?v=10&encoding=json&compress=zlib-stream"),
    ])
    func resumeAndGatewayURLsCarryTheSameQuery(base: String, compress: Bool, expected: String) {
        #expect(GatewayURL.connectionURL(base: base, compress: compress) == expected)
    }
}
