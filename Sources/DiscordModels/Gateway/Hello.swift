/// op 10 payload: how often to heartbeat.
public struct Hello: Codable, Hashable, Sendable {
    /// Heartbeat interval in milliseconds.
    public var heartbeatInterval: Int

    /// Creates a hello.
    public init(heartbeatInterval: Int) { self.heartbeatInterval = heartbeatInterval }

    enum CodingKeys: String, CodingKey {
        case heartbeatInterval = "heartbeat_interval"
    }
}
