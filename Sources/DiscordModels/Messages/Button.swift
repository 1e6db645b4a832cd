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

/// A button's look and behaviour.
public enum ButtonStyle: DiscordEnum {
    /// 1: blurple.
    case primary
    /// 2: grey.
    case secondary
    /// 3: green.
    case success
    /// 4: red.
    case danger
    /// 5: opens a URL.
    case link
    /// 6: purchase a SKU.
    case premium
    /// A style this version does not know.
    case unknown(Int)

    /// Maps Discord's number to a case.
    public init(rawValue: Int) {
        switch rawValue {
        case 1: self = .primary
        case 2: self = .secondary
        case 3: self = .success
        case 4: self = .danger
        case 5: self = .link
        case 6: self = .premium
        default: self = .unknown(rawValue)
        }
    }

    /// Discord's number for this style.
    public var rawValue: Int {
        switch self {
        case .primary: 1
        case .secondary: 2
        case .success: 3
        case .danger: 4
        case .link: 5
        case .premium: 6
        case .unknown(let value): value
        }
    }
}
