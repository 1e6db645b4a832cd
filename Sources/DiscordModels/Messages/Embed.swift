/// A rich embed: the raid panel's main display surface.
public struct Embed: Codable, Hashable, Sendable {
    /// Title (≤256).
    public var title: String?
    /// Always "rich" for bot embeds.
    public var type: String?
    /// Body text (≤4096).
    public var description: String?
    /// Link on the title.
    public var url: String?
    /// Timestamp shown in the footer.
    public var timestamp: DiscordTimestamp?
    /// Side bar colour as RGB.
    public var color: Int?
    /// Footer (text ≤2048).
    public var footer: EmbedFooter?
    /// Large image.
    public var image: EmbedMedia?
    /// Small image at the top right.
    public var thumbnail: EmbedMedia?
    /// Author line (name ≤256).
    public var author: EmbedAuthor?
    /// Fields (≤25; name ≤256, value ≤1024).
    public var fields: [EmbedField]?

    /// Creates an embed.
    public init(title: String? = nil, description: String? = nil, url: String? = nil, timestamp: DiscordTimestamp? = nil,
                color: Int? = nil, footer: EmbedFooter? = nil, image: EmbedMedia? = nil, thumbnail: EmbedMedia? = nil,
                author: EmbedAuthor? = nil, fields: [EmbedField]? = nil) {
        self.title = title
        self.description = description
        self.url = url
        self.timestamp = timestamp
        self.color = color
        self.footer = footer
        self.image = image
        self.thumbnail = thumbnail
        self.author = author
        self.fields = fields
    }

    /// Decodes tolerantly: every field is optional and a malformed one is dropped.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = container.soft(String.self, forKey: .title)
        type = container.soft(String.self, forKey: .type)
        description = container.soft(String.self, forKey: .description)
        url = container.soft(String.self, forKey: .url)
        timestamp = container.soft(DiscordTimestamp.self, forKey: .timestamp)
        color = container.soft(Int.self, forKey: .color)
        footer = container.soft(EmbedFooter.self, forKey: .footer)
        image = container.soft(EmbedMedia.self, forKey: .image)
        thumbnail = container.soft(EmbedMedia.self, forKey: .thumbnail)
        author = container.soft(EmbedAuthor.self, forKey: .author)
        fields = container.lossy([EmbedField].self, forKey: .fields)
    }

    /// The characters Discord counts toward the 6000 total of all embeds in a message.
    public var countedLength: Int {
        var total = (title?.utf16.count ?? 0) + (description?.utf16.count ?? 0)
        total += (footer?.text.utf16.count ?? 0) + (author?.name.utf16.count ?? 0)
        for field in fields ?? [] { total += field.name.utf16.count + field.value.utf16.count }
        return total
    }

    enum CodingKeys: String, CodingKey {
        case title, type, description, url, timestamp, color, footer, image, thumbnail, author, fields
    }
}
