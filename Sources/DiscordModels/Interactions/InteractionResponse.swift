/// Body of `POST /interactions/{id}/{token}/callback`: how the bot answers an interaction.
public struct InteractionResponse: Codable, Hashable, Sendable {
    /// The kind of answer.
    public var type: InteractionCallbackType
    /// The message, choices or modal, depending on `type`.
    public var data: InteractionCallbackData?

    /// Creates a response.
    public init(type: InteractionCallbackType, data: InteractionCallbackData? = nil) {
        self.type = type
        self.data = data
    }

    /// Decodes `data` according to `type` (used by the sandbox to read what the bot sent).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(InteractionCallbackType.self, forKey: .type)
        guard container.contains(.data), try !container.decodeNil(forKey: .data) else { return }
        switch type {
        case .channelMessageWithSource, .deferredChannelMessageWithSource, .updateMessage, .deferredUpdateMessage:
            data = .message(try container.decode(InteractionCallbackMessage.self, forKey: .data))
        case .autocompleteResult:
            data = .autocomplete(try container.decode(AutocompleteChoices.self, forKey: .data).choices)
        case .modal:
            data = .modal(try container.decode(Modal.self, forKey: .data))
        case .pong, .unknown:
            data = .unknown(try container.decode(JSONValue.self, forKey: .data))
        }
    }

    /// Acknowledges a ping.
    public static let pong = InteractionResponse(type: .pong)

    /// Acknowledges a component click without visible change; edit the message later.
    public static let deferredUpdate = InteractionResponse(type: .deferredUpdateMessage)

    /// Shows "thinking…"; the real reply follows by editing @original.
    public static func deferredMessage(ephemeral: Bool) -> InteractionResponse {
        InteractionResponse(type: .deferredChannelMessageWithSource,
                            data: ephemeral ? .message(InteractionCallbackMessage(flags: .ephemeral, allowedMentions: nil)) : nil)
    }

    /// Replies with a message.
    public static func message(_ message: InteractionCallbackMessage) -> InteractionResponse {
        InteractionResponse(type: .channelMessageWithSource, data: .message(message))
    }

    /// Edits the clicked component's message in place.
    public static func updateMessage(_ message: InteractionCallbackMessage) -> InteractionResponse {
        InteractionResponse(type: .updateMessage, data: .message(message))
    }

    /// Answers an autocomplete request (≤25 choices).
    public static func autocomplete(_ choices: [ApplicationCommandOptionChoice]) -> InteractionResponse {
        InteractionResponse(type: .autocompleteResult, data: .autocomplete(choices))
    }

    /// Opens a modal.
    public static func modal(_ modal: Modal) -> InteractionResponse {
        InteractionResponse(type: .modal, data: .modal(modal))
    }

    enum CodingKeys: String, CodingKey {
        case type, data
    }
}

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

/// Message data of an interaction response (reply, deferral flags, or in-place update).
public struct InteractionCallbackMessage: OutgoingMessage, Codable, Hashable {
    /// Text-to-speech.
    public var tts: Bool?
    /// Text content (≤2000).
    public var content: String?
    /// Embeds (≤10).
    public var embeds: [Embed]?
    /// Who may be pinged.
    public var allowedMentions: AllowedMentions?
    /// Flags: `.ephemeral`, `.suppressEmbeds`, `.suppressNotifications`, `.isComponentsV2`.
    public var flags: MessageFlags?
    /// Components.
    public var components: [Component]?

    /// Creates message data; `allowedMentions` defaults to pinging nobody.
    public init(content: String? = nil, embeds: [Embed]? = nil, components: [Component]? = nil,
                flags: MessageFlags? = nil, allowedMentions: AllowedMentions? = AllowedMentions.none) {
        self.content = content
        self.embeds = embeds
        self.components = components
        self.flags = flags
        self.allowedMentions = allowedMentions
    }

    enum CodingKeys: String, CodingKey {
        case tts, content, embeds, flags, components
        case allowedMentions = "allowed_mentions"
    }
}
