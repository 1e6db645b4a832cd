/// The kind of an application command.
public enum ApplicationCommandType: DiscordEnum {
    /// 1: a slash command.
    case chatInput
    /// 2: right-click on a user.
    case user
    /// 3: right-click on a message.
    case message
    /// 4: an activity entry point.
    case primaryEntryPoint
    /// A kind this version does not know.
    case unknown(Int)

    /// Maps Discord's number to a case.
    public init(rawValue: Int) {
        switch rawValue {
        case 1: self = .chatInput
        case 2: self = .user
        case 3: self = .message
        case 4: self = .primaryEntryPoint
        default: self = .unknown(rawValue)
        }
    }

    /// Discord's number for this kind.
    public var rawValue: Int {
        switch self {
        case .chatInput: 1
        case .user: 2
        case .message: 3
        case .primaryEntryPoint: 4
        case .unknown(let value): value
        }
    }
}
