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

    /// Decodes tolerantly: an unparsable timestamp is dropped rather than failing the message.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        timestamp = try? container.decodeIfPresent(DiscordTimestamp.self, forKey: .timestamp)
        color = try container.decodeIfPresent(Int.self, forKey: .color)
        footer = try container.decodeIfPresent(EmbedFooter.self, forKey: .footer)
        image = try container.decodeIfPresent(EmbedMedia.self, forKey: .image)
        thumbnail = try container.decodeIfPresent(EmbedMedia.self, forKey: .thumbnail)
        author = try container.decodeIfPresent(EmbedAuthor.self, forKey: .author)
        fields = try container.decodeIfPresent([EmbedField].self, forKey: .fields)
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
