/// One choice in a string select.
public struct SelectOption: Codable, Hashable, Sendable {
    /// Shown text (≤100).
    public var label: String
    /// Value sent back (≤100).
    public var value: String
    /// Extra line (≤100).
    public var description: String?
    /// Emoji before the label.
    public var emoji: Emoji?
    /// Selected by default.
    public var `default`: Bool?

    /// Creates an option.
    public init(label: String, value: String, description: String? = nil, emoji: Emoji? = nil, isDefault: Bool? = nil) {
        self.label = label
        self.value = value
        self.description = description
        self.emoji = emoji
        self.default = isDefault
    }
}
