/// A payload the client sends over the gateway; its opcode goes into the frame's `op`.
public protocol GatewayCommandPayload: Codable, Sendable {
    /// The opcode this payload is sent with.
    static var opcode: GatewayOpcode { get }
}
