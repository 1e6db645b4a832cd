/// The five kinds of interaction; unknown kinds are kept so a new one never drops the dispatch.
public enum InteractionType: DiscordEnum {
    /// 1: HTTP-mode health check.
    case ping
    /// 2: a slash, user or message command.
    case applicationCommand
    /// 3: a button click or select choice.
    case messageComponent
    /// 4: the user is typing an autocomplete option.
    case applicationCommandAutocomplete
    /// 5: a modal was submitted.
    case modalSubmit
    /// A kind this version does not know.
    case unknown(Int)

    /// Maps Discord's number to a case.
    public init(rawValue: Int) {
        switch rawValue {
        case 1: self = .ping
        case 2: self = .applicationCommand
        case 3: self = .messageComponent
        case 4: self = .applicationCommandAutocomplete
        case 5: self = .modalSubmit
        default: self = .unknown(rawValue)
        }
    }

    /// Discord's number for this kind.
    public var rawValue: Int {
        switch self {
        case .ping: 1
        case .applicationCommand: 2
        case .messageComponent: 3
        case .applicationCommandAutocomplete: 4
        case .modalSubmit: 5
        case .unknown(let value): value
        }
    }
}
