/// The `data` of an interaction, shaped by the interaction's type.
public enum InteractionData: Codable, Hashable, Sendable {
    /// A command invocation or autocomplete request, with its options tree.
    case applicationCommand(ApplicationCommandData)
    /// A button click or select choice.
    case messageComponent(MessageComponentData)
    /// A modal submission with the entered values.
    case modalSubmit(ModalSubmitData)
    /// Data of an unknown interaction type, or that did not match its type, kept raw.
    case unknown(JSONValue)

    /// Decodes the variant for `type`; never throws for a mismatched shape.
    static func decode<Key: CodingKey>(for type: InteractionType, from container: KeyedDecodingContainer<Key>,
                                       forKey key: Key) throws -> InteractionData? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        do {
            switch type {
            case .applicationCommand, .applicationCommandAutocomplete:
                return .applicationCommand(try container.decode(ApplicationCommandData.self, forKey: key))
            case .messageComponent:
                return .messageComponent(try container.decode(MessageComponentData.self, forKey: key))
            case .modalSubmit:
                return .modalSubmit(try container.decode(ModalSubmitData.self, forKey: key))
            case .ping, .unknown:
                return .unknown(try container.decode(JSONValue.self, forKey: key))
            }
        } catch {
            return .unknown(try container.decode(JSONValue.self, forKey: key))
        }
    }

    /// Decodes by shape when no interaction type is at hand (component data is recognised by its
    /// `component_type`, modal data by `custom_id` alone).
    public init(from decoder: any Decoder) throws {
        if let command = try? ApplicationCommandData(from: decoder) {
            self = .applicationCommand(command)
        } else if let component = try? MessageComponentData(from: decoder) {
            self = .messageComponent(component)
        } else if let modal = try? ModalSubmitData(from: decoder) {
            self = .modalSubmit(modal)
        } else {
            self = .unknown(try JSONValue(from: decoder))
        }
    }

    /// Encodes the wrapped payload.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .applicationCommand(let value): try value.encode(to: encoder)
        case .messageComponent(let value): try value.encode(to: encoder)
        case .modalSubmit(let value): try value.encode(to: encoder)
        case .unknown(let value): try value.encode(to: encoder)
        }
    }
}
