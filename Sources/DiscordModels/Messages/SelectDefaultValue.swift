/// A preselected entity in an auto-populated select.
public struct SelectDefaultValue: Codable, Hashable, Sendable {
    /// The user, role or channel id.
    public var id: Snowflake
    /// "user", "role" or "channel".
    public var type: String

    /// Creates a default value.
    public init(id: Snowflake, type: String) {
        self.id = id
        self.type = type
    }
}
