/// A file attached to a message.
public struct Attachment: Codable, Hashable, Sendable {
    /// The attachment's id.
    public var id: Snowflake
    /// File name.
    public var filename: String
    /// Size in bytes.
    public var size: Int?
    /// Source URL.
    public var url: String?
    /// MIME type.
    public var contentType: String?

    /// Creates an attachment record.
    public init(id: Snowflake, filename: String, size: Int? = nil, url: String? = nil, contentType: String? = nil) {
        self.id = id
        self.filename = filename
        self.size = size
        self.url = url
        self.contentType = contentType
    }

    enum CodingKeys: String, CodingKey {
        case id, filename, size, url
        case contentType = "content_type"
    }
}
