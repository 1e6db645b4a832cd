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
