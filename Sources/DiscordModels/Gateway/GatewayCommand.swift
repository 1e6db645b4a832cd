#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One frame the client sends: encoded by the gateway client, decoded by the sandbox.
public enum GatewayCommand: Sendable, Hashable {
    /// op 1.
    case heartbeat(Heartbeat)
    /// op 2.
    case identify(Identify)
    /// op 3.
    case updatePresence(UpdatePresence)
    /// op 6.
    case resume(Resume)
    /// op 8.
    case requestGuildMembers(RequestGuildMembers)
    /// Any other opcode, with its raw payload.
    case unknown(GatewayOpcode, JSONValue)

    /// Largest frame the gateway accepts from a client; a bigger one closes the socket with 4002.
    public static let maximumFrameBytes = 4096

    /// The `{"op":…,"d":…}` JSON frame for any command payload.
    public static func frame<Payload: GatewayCommandPayload>(_ payload: Payload) throws -> Data {
        try JSONEncoder().encode(Frame(op: Payload.opcode, d: payload))
    }

    /// This command's frame.
    public func encoded() throws -> Data {
        switch self {
        case .heartbeat(let payload): try Self.frame(payload)
        case .identify(let payload): try Self.frame(payload)
        case .updatePresence(let payload): try Self.frame(payload)
        case .resume(let payload): try Self.frame(payload)
        case .requestGuildMembers(let payload): try Self.frame(payload)
        case .unknown(let op, let payload): try JSONEncoder().encode(Frame(op: op, d: payload))
        }
    }

    /// Decodes a client frame (sandbox side); an unknown opcode keeps its raw payload.
    public static func decode(_ frame: Data) throws -> GatewayCommand {
        let envelope = try JSONDecoder().decode(Envelope.self, from: frame)
        let decoder = JSONDecoder()
        func payload<T: Decodable>(_ type: T.Type) throws -> T {
            try decoder.decode(T.self, from: try JSONEncoder().encode(envelope.d))
        }
        switch envelope.op {
        case .heartbeat: return .heartbeat(try payload(Heartbeat.self))
        case .identify: return .identify(try payload(Identify.self))
        case .presenceUpdate: return .updatePresence(try payload(UpdatePresence.self))
        case .resume: return .resume(try payload(Resume.self))
        case .requestGuildMembers: return .requestGuildMembers(try payload(RequestGuildMembers.self))
        default: return .unknown(envelope.op, envelope.d)
        }
    }

    private struct Frame<Payload: Encodable>: Encodable {
        var op: GatewayOpcode
        var d: Payload
    }

    private struct Envelope: Decodable {
        var op: GatewayOpcode
        var d: JSONValue

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            op = try container.decode(GatewayOpcode.self, forKey: .op)
            d = try container.decodeIfPresent(JSONValue.self, forKey: .d) ?? .null
        }

        enum CodingKeys: String, CodingKey { case op, d }
    }
}
