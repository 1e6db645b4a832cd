/// One message or modal component, decoded by its `type`; kinds the bot does not model are kept
/// verbatim in `.unknown` and re-encoded unchanged.
public indirect enum Component: Codable, Hashable, Sendable {
    /// A row holding up to 5 buttons or one select.
    case actionRow(ActionRow)
    /// A button.
    case button(Button)
    /// Any of the five select kinds (`SelectMenu.type` tells which).
    case selectMenu(SelectMenu)
    /// A modal text field (or its submitted value).
    case textInput(TextInput)
    /// A modal label wrapping one input.
    case label(Label)
    /// A text block (Components V2 and modals).
    case textDisplay(TextDisplay)
    /// A kind this module does not model, kept as raw JSON.
    case unknown(type: Int, raw: JSONValue)

    private enum TypeKey: String, CodingKey { case type }

    /// Reads `type`, then decodes the matching payload.
    public init(from decoder: any Decoder) throws {
        let type = try decoder.container(keyedBy: TypeKey.self).decode(ComponentType.self, forKey: .type)
        switch type {
        case .actionRow: self = .actionRow(try ActionRow(from: decoder))
        case .button: self = .button(try Button(from: decoder))
        case .textInput: self = .textInput(try TextInput(from: decoder))
        case .label: self = .label(try Label(from: decoder))
        case .textDisplay: self = .textDisplay(try TextDisplay(from: decoder))
        case let select where select.isSelect: self = .selectMenu(try SelectMenu(from: decoder))
        default: self = .unknown(type: type.rawValue, raw: try JSONValue(from: decoder))
        }
    }

    /// Encodes the payload, which carries its own `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .actionRow(let value): try value.encode(to: encoder)
        case .button(let value): try value.encode(to: encoder)
        case .selectMenu(let value): try value.encode(to: encoder)
        case .textInput(let value): try value.encode(to: encoder)
        case .label(let value): try value.encode(to: encoder)
        case .textDisplay(let value): try value.encode(to: encoder)
        case .unknown(_, let raw): try raw.encode(to: encoder)
        }
    }

    /// The `custom_id` of an interactive component, if it has one.
    public var customID: String? {
        switch self {
        case .button(let value): value.customID
        case .selectMenu(let value): value.customID
        case .textInput(let value): value.customID
        case .label(let value): value.component.customID
        default: nil
        }
    }

    /// Direct children (an action row's components, a label's component).
    public var children: [Component] {
        switch self {
        case .actionRow(let row): row.components
        case .label(let label): [label.component]
        default: []
        }
    }
}

/// A horizontal row: up to 5 buttons, or exactly one select, or (in legacy modals) one text input.
public struct ActionRow: Codable, Hashable, Sendable {
    /// Always `.actionRow`.
    public private(set) var type: ComponentType = .actionRow
    /// Optional numeric component id.
    public var id: Int?
    /// The row's children.
    public var components: [Component]

    /// Creates a row.
    public init(_ components: [Component], id: Int? = nil) {
        self.components = components
        self.id = id
    }
}

/// A text block: markdown shown in Components V2 messages and in modals.
public struct TextDisplay: Codable, Hashable, Sendable {
    /// Always `.textDisplay`.
    public private(set) var type: ComponentType = .textDisplay
    /// Optional numeric component id.
    public var id: Int?
    /// Markdown text.
    public var content: String

    /// Creates a text block.
    public init(_ content: String, id: Int? = nil) {
        self.content = content
        self.id = id
    }
}

/// A modal label: a title and description around one input (text input or select).
public struct Label: Codable, Hashable, Sendable {
    /// Always `.label`.
    public private(set) var type: ComponentType = .label
    /// Optional numeric component id.
    public var id: Int?
    /// The label text (≤45); absent in submitted modals.
    public var label: String?
    /// Help text under the label (≤100).
    public var description: String?
    /// The wrapped input.
    public var component: Component

    /// Creates a label around an input.
    public init(_ label: String, description: String? = nil, component: Component, id: Int? = nil) {
        self.label = label
        self.description = description
        self.component = component
        self.id = id
    }
}
