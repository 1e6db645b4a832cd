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

    /// Reads `type`, then decodes the matching payload; a known kind with an unexpected shape is
    /// kept as `.unknown` so one odd component cannot fail the whole message.
    public init(from decoder: any Decoder) throws {
        let type = try decoder.container(keyedBy: TypeKey.self).decode(ComponentType.self, forKey: .type)
        do {
            self = try Self.decodeKnown(type, from: decoder)
        } catch {
            self = .unknown(type: type.rawValue, raw: try JSONValue(from: decoder))
        }
    }

    private static func decodeKnown(_ type: ComponentType, from decoder: any Decoder) throws -> Component {
        switch type {
        case .actionRow: .actionRow(try ActionRow(from: decoder))
        case .button: .button(try Button(from: decoder))
        case .textInput: .textInput(try TextInput(from: decoder))
        case .label: .label(try Label(from: decoder))
        case .textDisplay: .textDisplay(try TextDisplay(from: decoder))
        case let select where select.isSelect: .selectMenu(try SelectMenu(from: decoder))
        default: .unknown(type: type.rawValue, raw: try JSONValue(from: decoder))
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
