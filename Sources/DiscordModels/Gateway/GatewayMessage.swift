#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One frame received from the gateway, decoded from `{"op", "d", "s", "t"}`.
/// Decoding a frame only fails when the envelope itself is broken, never because of `d`.
public enum GatewayMessage: Sendable, Equatable {
    /// op 10: start heartbeating.
    case hello(Hello)
    /// op 11: the last heartbeat was acknowledged.
    case heartbeatACK
    /// op 1 from the server: send a heartbeat now.
    case heartbeatRequest
    /// op 7: reconnect and resume.
    case reconnect
    /// op 9: the session is invalid; resume only if `resumable`.
    case invalidSession(resumable: Bool)
    /// op 0: an event with its sequence number.
    case dispatch(sequence: Int, event: GatewayDispatch)
    /// Any other opcode (including client-only ones echoed back).
    case unknown(GatewayOpcode)

    /// Decodes one frame's JSON bytes.
    public static func decode(_ frame: Data) throws -> GatewayMessage {
        try JSONDecoder().decode(GatewayMessage.self, from: frame)
    }

    /// Decodes one text frame.
    public static func decode(_ text: String) throws -> GatewayMessage {
        try decode(Data(text.utf8))
    }

    /// Encodes the frame as the server would send it (used by the sandbox).
    public func encoded() throws -> Data {
        try JSONEncoder().encode(self)
    }
}

extension GatewayMessage: Codable {
    enum CodingKeys: String, CodingKey {
        case op, d, s, t
    }

    /// Decodes the envelope, then `d` according to `op` and `t`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let op = try container.decode(GatewayOpcode.self, forKey: .op)
        switch op {
        case .hello: self = .hello(try container.decode(Hello.self, forKey: .d))
        case .heartbeatACK: self = .heartbeatACK
        case .heartbeat: self = .heartbeatRequest
        case .reconnect: self = .reconnect
        case .invalidSession:
            self = .invalidSession(resumable: (try? container.decodeIfPresent(Bool.self, forKey: .d)) ?? false)
        case .dispatch:
            let name = try container.decode(String.self, forKey: .t)
            let sequence = try container.decode(Int.self, forKey: .s)
            self = .dispatch(sequence: sequence, event: GatewayDispatch.decode(name: name, from: container, payloadKey: .d))
        default: self = .unknown(op)
        }
    }

    /// Encodes the frame with `s` and `t` null except for dispatches.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(opcode, forKey: .op)
        switch self {
        case .hello(let hello): try container.encode(hello, forKey: .d)
        case .invalidSession(let resumable): try container.encode(resumable, forKey: .d)
        case .dispatch(let sequence, let event):
            try container.encode(sequence, forKey: .s)
            try container.encode(event.name, forKey: .t)
            try event.encodePayload(into: &container, forKey: .d)
            return
        default: try container.encodeNil(forKey: .d)
        }
        try container.encodeNil(forKey: .s)
        try container.encodeNil(forKey: .t)
    }

    /// The opcode of this frame.
    public var opcode: GatewayOpcode {
        switch self {
        case .hello: .hello
        case .heartbeatACK: .heartbeatACK
        case .heartbeatRequest: .heartbeat
        case .reconnect: .reconnect
        case .invalidSession: .invalidSession
        case .dispatch: .dispatch
        case .unknown(let op): op
        }
    }
}
