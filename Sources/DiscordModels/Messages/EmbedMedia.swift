/// An embed image or thumbnail.
public struct EmbedMedia: Codable, Hashable, Sendable {
    /// Source URL (http(s) or attachment://).
    public var url: String
    /// Proxied URL (responses only).
    public var proxyURL: String?
    /// Height in pixels (responses only).
    public var height: Int?
    /// Width in pixels (responses only).
    public var width: Int?

    /// Creates an image reference.
    public init(url: String) { self.url = url }

    enum CodingKeys: String, CodingKey {
        case url, height, width
        case proxyURL = "proxy_url"
    }
}
