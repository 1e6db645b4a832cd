/// The one error type of DiscordGateway: a code plus the underlying error; never contains the token.
public struct GatewayError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, at the level the caller acts on.
    public enum Code: Sendable, Hashable {
        /// Discord closed with a fatal code; the bot must stop until the configuration is fixed.
        case stopped(GatewayStopReason)
        /// A frame could not be decoded (logged and skipped, never fatal).
        case undecodableFrame
        /// A zlib-stream message could not be inflated (the connection is dropped and resumed).
        case compression
        /// An outgoing payload exceeded Discord's 4096-byte limit (it would close the socket with 4002).
        case payloadTooLarge(bytes: Int)
        /// The WebSocket could not be opened or failed.
        case transport
    }

    /// What went wrong.
    public var code: Code
    /// The error underneath, if any (from NIO, zlib or the decoder).
    public var underlying: (any Error)?

    /// Creates an error; `underlying` must not carry secrets.
    public init(_ code: Code, underlying: (any Error)? = nil) {
        self.code = code
        self.underlying = underlying
    }

    /// A one-line description for logs and the operator.
    public var description: String {
        let base: String
        switch code {
        case .stopped(let reason): base = reason.description
        case .undecodableFrame: base = "undecodable gateway frame"
        case .compression: base = "zlib-stream inflate failed"
        case .payloadTooLarge(let bytes): base = "gateway payload of \(bytes) bytes exceeds 4096"
        case .transport: base = "gateway transport failed"
        }
        guard let underlying else { return base }
        return "\(base): \(underlying)"
    }
}
