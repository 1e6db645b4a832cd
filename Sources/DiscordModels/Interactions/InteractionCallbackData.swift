/// The `data` of an interaction response.
public enum InteractionCallbackData: Codable, Hashable, Sendable {
    /// Message data (types 4, 5, 6, 7).
    case message(InteractionCallbackMessage)
    /// Autocomplete choices (type 8), encoded as `{"choices": [...]}`.
    case autocomplete([ApplicationCommandOptionChoice])
    /// A modal (type 9).
    case modal(Modal)
    /// Anything else, raw.
    case unknown(JSONValue)

    /// Decodes by shape (prefer `InteractionResponse`, which decodes by type).
    public init(from decoder: any Decoder) throws {
        if let modal = try? Modal(from: decoder) {
            self = .modal(modal)
        } else if let choices = try? AutocompleteChoices(from: decoder) {
            self = .autocomplete(choices.choices)
        } else {
            self = .message(try InteractionCallbackMessage(from: decoder))
        }
    }

    /// Encodes the wrapped payload.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .message(let value): try value.encode(to: encoder)
        case .autocomplete(let choices): try AutocompleteChoices(choices: choices).encode(to: encoder)
        case .modal(let value): try value.encode(to: encoder)
        case .unknown(let value): try value.encode(to: encoder)
        }
    }
}

/// The wire shape of autocomplete data.
struct AutocompleteChoices: Codable, Hashable, Sendable {
    var choices: [ApplicationCommandOptionChoice]
}
