import CompressNIO
import DiscordModels
import DiscordSandbox
import HummingbirdWSClient
import Logging
import NIOCore
import NIOWebSocket

/// A minimal raw gateway client for tests: reads decoded frames in order and sends ops.
/// Used by one task inside `WebSocketClient.connect`'s handler only.
final class GatewayTestConnection {
    private var iterator: WebSocketInboundMessageStream.AsyncIterator
    private let outbound: WebSocketOutboundWriter
    private let inflater: (any NIODecompressor)?
    private var pending: ByteBuffer = ByteBuffer()
    private(set) var lastSequence: Int?
    /// Every frame's JSON text, in arrival order (for decoding with DiscordModels).
    private(set) var texts: [String] = []

    init(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, compressed: Bool) {
        iterator = inbound.messages(maxSize: 1 << 24).makeAsyncIterator()
        self.outbound = outbound
        if compressed {
            let inflater = CompressionAlgorithm.zlib().decompressor
            try? inflater.startStream()
            self.inflater = inflater
        } else {
            inflater = nil
        }
    }

    /// The next frame as JSON, or nil when the server closed the socket.
    func next() async throws -> JSONValue? {
        guard let message = try await iterator.next() else { return nil }
        let text: String
        switch message {
        case .text(let string): text = string
        case .binary(let buffer): text = try inflate(buffer)
        }
        texts.append(text)
        let frame = try JSONDecoderShim.decode(text)
        if let sequence = frame["s"]?.asInt { lastSequence = sequence }
        return frame
    }

    /// The next frame, failing the test when the socket closed instead.
    func expectFrame() async throws -> JSONValue {
        guard let frame = try await next() else { throw TestFailure("socket closed while a frame was expected") }
        return frame
    }

    /// Skips frames until a dispatch named `event`.
    func dispatch(_ event: String) async throws -> JSONValue {
        while true {
            let frame = try await expectFrame()
            if frame["t"]?.asString == event { return frame }
        }
    }

    /// Sends `{"op":op,"d":d}`.
    func send(op: Int, _ data: JSONValue) async throws {
        try await outbound.write(.text(WireText.encode(.object(["op": .number(Double(op)), "d": data]))))
    }

    /// Sends IDENTIFY with `token` and `intents`.
    func identify(token: String, intents: Int = 4099) async throws {
        try await send(op: 2, .object([
            "token": .string(token), "intents": .number(Double(intents)),
            "properties": .object(["os": .string("linux"), "browser": .string("test"), "device": .string("test")]),
        ]))
    }

    /// Reads HELLO, identifies, and returns READY's `d`.
    func handshake(token: String, intents: Int = 4099) async throws -> JSONValue {
        let hello = try await expectFrame()
        guard hello["op"]?.asInt == 10 else { throw TestFailure("expected HELLO, got \(hello)") }
        try await identify(token: token, intents: intents)
        return try await dispatch("READY")["d"] ?? .null
    }

    /// Closes the socket with a resumable code.
    func close(code: Int = 4000) async throws {
        try await outbound.close(.init(codeNumber: code), reason: "test")
    }

    private func inflate(_ buffer: ByteBuffer) throws -> String {
        guard let inflater else { return String(buffer: buffer) }
        var input = buffer
        pending.writeBuffer(&input)
        let bytes = pending.readableBytesView
        guard bytes.count >= 4, Array(bytes.suffix(4)) == [0, 0, 0xFF, 0xFF] else {
            throw TestFailure("zlib-stream message without the Z_SYNC_FLUSH suffix")
        }
        var output = ByteBufferAllocator().buffer(capacity: 1 << 20)
        try pending.decompressStream(to: &output, with: inflater)
        pending.clear()
        return String(buffer: output)
    }
}

/// Connects a raw gateway client to the sandbox and runs `body`; returns the server's close code.
@discardableResult
func withGateway(
    _ sandbox: DiscordSandbox, url: String? = nil, compressed: Bool = false,
    _ body: @escaping @Sendable (GatewayTestConnection) async throws -> Void
) async throws -> Int? {
    let base = url ?? sandbox.gatewayURL
    let query = "?v=10&encoding=json" + (compressed ? "&compress=zlib-stream" : "")
    let client = WebSocketClientConfiguration(maxFrameSize: 1 << 24)
    let close = try await WebSocketClient.connect(url: base + query, configuration: client, logger: Logger(label: "test.gateway")) { inbound, outbound, _ in
        try await body(GatewayTestConnection(inbound: inbound, outbound: outbound, compressed: compressed))
    }
    return close.map { closeCodeNumber($0.closeCode) }
}

/// The numeric close code (NIO models the standard ones as named cases).
func closeCodeNumber(_ code: WebSocketErrorCode) -> Int {
    switch code {
    case .normalClosure: 1000
    case .goingAway: 1001
    case .protocolError: 1002
    case .unacceptableData: 1003
    case .dataInconsistentWithMessage: 1007
    case .policyViolation: 1008
    case .messageTooLarge: 1009
    case .missingExtension: 1010
    case .unexpectedServerError: 1011
    case .unknown(let raw): Int(raw)
    }
}

/// A test-side failure with a message.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
