import CompressNIO
import NIOCore

/// Discord's `zlib-stream` transport: one inflate context per connection; a payload is complete when the
/// buffered binary messages end with the Z_SYNC_FLUSH suffix `00 00 FF FF`.
///
/// Not Sendable: it lives inside the one reader task of one connection.
final class ZlibStreamInflater {
    private static let syncFlushSuffix: [UInt8] = [0x00, 0x00, 0xFF, 0xFF]
    private let decompressor: ZlibDecompressor
    private var pending = ByteBuffer()
    private let maxPayloadSize: Int

    /// A fresh inflate context; `maxPayloadSize` caps one inflated payload so a runaway stream cannot exhaust memory.
    init(maxPayloadSize: Int) throws {
        decompressor = try ZlibDecompressor(algorithm: .zlib)
        self.maxPayloadSize = maxPayloadSize
    }

    /// Appends one binary message; returns the inflated payload once the suffix completes it, else nil.
    func append(_ message: ByteBuffer) throws -> ByteBuffer? {
        var message = message
        pending.writeBuffer(&message)
        guard endsWithSyncFlush() else { return nil }
        defer { pending.clear() }
        return try inflatePending()
    }

    private func endsWithSyncFlush() -> Bool {
        guard pending.readableBytes >= 4 else { return false }
        let tail = pending.getBytes(at: pending.writerIndex - 4, length: 4)
        return tail == Self.syncFlushSuffix
    }

    private func inflatePending() throws -> ByteBuffer {
        var output = ByteBufferAllocator().buffer(capacity: max(pending.readableBytes * 4, 4096))
        while true {
            if output.writableBytes == 0 {
                guard output.readableBytes < maxPayloadSize else { throw GatewayError(.compression) }
                output.reserveCapacity(minimumWritableBytes: output.capacity)
            }
            do {
                try decompressor.inflate(from: &pending, to: &output)
            } catch let error as CompressNIOError where error == .bufferOverflow {
                continue
            } catch let error as CompressNIOError where error == .inputBufferOverflow {
                return output
            } catch {
                throw GatewayError(.compression, underlying: error)
            }
            if pending.readableBytes == 0, output.writableBytes > 0 {
                return output
            }
        }
    }
}
