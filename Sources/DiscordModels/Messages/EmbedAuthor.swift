/// An embed author line.
public struct EmbedAuthor: Codable, Hashable, Sendable {
    /// Author name (≤256).
    public var name: String
    /// Link on the name.
    public var url: String?
    /// Small icon URL.
    public var iconURL: String?

    /// Creates an author line.
    public init(name: String, url: String? = nil, iconURL: String? = nil) {
        self.name = name
        self.url = url
        self.iconURL = iconURL
    }

    enum CodingKeys: String, CodingKey {
        case name, url
        case iconURL = "icon_url"
    }
}
