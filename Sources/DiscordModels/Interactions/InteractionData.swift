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

    /// Decodes by shape when no interaction type is at hand.
    public init(from decoder: any Decoder) throws {
        if let command = try? ApplicationCommandData(from: decoder) {
            self = .applicationCommand(command)
        } else if let modal = try? ModalSubmitData(from: decoder) {
            self = .modalSubmit(modal)
        } else if let component = try? MessageComponentData(from: decoder) {
            self = .messageComponent(component)
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

/// A button click or select choice.
public struct MessageComponentData: Codable, Hashable, Sendable {
    /// The clicked component's custom_id.
    public var customID: String
    /// Which kind of component.
    public var componentType: ComponentType
    /// Chosen values (selects only; ids for user/role/channel selects).
    public var values: [String]?
    /// Users, roles, channels behind auto-populated select values.
    public var resolved: ResolvedData?

    /// Creates component data, e.g. in the sandbox.
    public init(customID: String, componentType: ComponentType, values: [String]? = nil, resolved: ResolvedData? = nil) {
        self.customID = customID
        self.componentType = componentType
        self.values = values
        self.resolved = resolved
    }

    enum CodingKeys: String, CodingKey {
        case values, resolved
        case customID = "custom_id"
        case componentType = "component_type"
    }
}

/// A modal submission.
public struct ModalSubmitData: Codable, Hashable, Sendable {
    /// The modal's custom_id.
    public var customID: String
    /// Submitted components (labels or action rows holding text inputs and selects with values).
    public var components: [Component]
    /// Entities behind select values.
    public var resolved: ResolvedData?

    /// Creates modal data, e.g. in the sandbox.
    public init(customID: String, components: [Component], resolved: ResolvedData? = nil) {
        self.customID = customID
        self.components = components
        self.resolved = resolved
    }

    /// Every text input's value keyed by its custom_id, wherever it sits (row or label).
    public var textValues: [String: String] {
        var values: [String: String] = [:]
        var pending = components
        while let component = pending.popLast() {
            if case .textInput(let input) = component { values[input.customID] = input.value ?? "" }
            pending.append(contentsOf: component.children)
        }
        return values
    }

    enum CodingKeys: String, CodingKey {
        case components, resolved
        case customID = "custom_id"
    }
}
