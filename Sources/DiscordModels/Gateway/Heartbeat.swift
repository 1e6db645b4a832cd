/// op 1: a heartbeat; `d` is the last sequence number or null.
public struct Heartbeat: GatewayCommandPayload, Hashable {
    /// Sent with op 1.
    public static let opcode = GatewayOpcode.heartbeat
    /// The last non-null `s` received, or nil before any dispatch.
    public var sequence: Int?

    /// Creates a heartbeat.
    public init(sequence: Int?) { self.sequence = sequence }

    /// Decodes the bare number or null.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        sequence = container.decodeNil() ? nil : try container.decode(Int.self)
    }

    /// Encodes the bare number or null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let sequence { try container.encode(sequence) } else { try container.encodeNil() }
    }
}
