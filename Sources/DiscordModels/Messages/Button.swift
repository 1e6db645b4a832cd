/// A clickable button; all styles but `.link` and `.premium` send a MESSAGE_COMPONENT interaction.
public struct Button: Codable, Hashable, Sendable {
    /// Always `.button`.
    public private(set) var type: ComponentType = .button
    /// Optional numeric component id.
    public var id: Int?
    /// Colour and behaviour.
    public var style: ButtonStyle
    /// Text on the button (≤80).
    public var label: String?
    /// Emoji on the button.
    public var emoji: Emoji?
    /// Identifier sent back on click (1–100); required unless link/premium.
    public var customID: String?
    /// Target of a link button (≤512).
    public var url: String?
    /// Premium button SKU.
    public var skuID: Snowflake?
    /// Greyed out.
    public var disabled: Bool?

    /// An interactive button that sends `customID` when clicked.
    public init(style: ButtonStyle, label: String?, customID: String, emoji: Emoji? = nil, disabled: Bool? = nil) {
        self.style = style
        self.label = label
        self.customID = customID
        self.emoji = emoji
        self.disabled = disabled
    }

    /// A link button (no interaction).
    public init(label: String, url: String, emoji: Emoji? = nil) {
        self.style = .link
        self.label = label
        self.url = url
        self.emoji = emoji
    }

    enum CodingKeys: String, CodingKey {
        case type, id, style, label, emoji, url, disabled
        case customID = "custom_id"
        case skuID = "sku_id"
    }
}
