/// An embed footer line.
public struct EmbedFooter: Codable, Hashable, Sendable {
    /// Footer text (≤2048).
    public var text: String
    /// Small icon URL.
    public var iconURL: String?

    /// Creates a footer.
    public init(text: String, iconURL: String? = nil) {
        self.text = text
        self.iconURL = iconURL
    }

    enum CodingKeys: String, CodingKey {
        case text
        case iconURL = "icon_url"
    }
}
