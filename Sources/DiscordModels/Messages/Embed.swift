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
