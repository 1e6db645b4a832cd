/// The partial application in READY.
public struct ReadyApplication: Codable, Hashable, Sendable {
    /// The application id (needed for follow-ups and command registration).
    public var id: Snowflake
    /// Application flags.
    public var flags: Int?

    /// Creates the partial application.
    public init(id: Snowflake, flags: Int? = 0) {
        self.id = id
        self.flags = flags
    }
}
