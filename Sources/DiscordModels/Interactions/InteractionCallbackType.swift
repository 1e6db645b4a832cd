/// How an interaction is answered (the `type` of the callback body).
public enum InteractionCallbackType: DiscordEnum {
    /// 1: answer a ping (HTTP mode).
    case pong
    /// 4: reply with a message.
    case channelMessageWithSource
    /// 5: "thinking…", reply later by editing @original.
    case deferredChannelMessageWithSource
    /// 6: components only: acknowledge silently, edit the message later.
    case deferredUpdateMessage
    /// 7: components only: edit the component's message now.
    case updateMessage
    /// 8: autocomplete suggestions.
    case autocompleteResult
    /// 9: open a modal.
    case modal
    /// A type this version does not know.
    case unknown(Int)

    /// Maps Discord's number to a case.
    public init(rawValue: Int) {
        switch rawValue {
        case 1: self = .pong
        case 4: self = .channelMessageWithSource
        case 5: self = .deferredChannelMessageWithSource
        case 6: self = .deferredUpdateMessage
        case 7: self = .updateMessage
        case 8: self = .autocompleteResult
        case 9: self = .modal
        default: self = .unknown(rawValue)
        }
    }

    /// Discord's number for this type.
    public var rawValue: Int {
        switch self {
        case .pong: 1
        case .channelMessageWithSource: 4
        case .deferredChannelMessageWithSource: 5
        case .deferredUpdateMessage: 6
        case .updateMessage: 7
        case .autocompleteResult: 8
        case .modal: 9
        case .unknown(let value): value
        }
    }
}
