/// One name/value field of an embed.
public struct EmbedField: Codable, Hashable, Sendable {
    /// Field name (≤256).
    public var name: String
    /// Field value (≤1024).
    public var value: String
    /// Shown side by side with neighbours.
    public var inline: Bool?

    /// Creates a field.
    public init(name: String, value: String, inline: Bool? = nil) {
        self.name = name
        self.value = value
        self.inline = inline
    }
}
