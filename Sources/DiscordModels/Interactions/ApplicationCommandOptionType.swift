/// The type of a command option; subcommands and groups nest further options.
public enum ApplicationCommandOptionType: DiscordEnum {
    /// 1: a subcommand.
    case subCommand
    /// 2: a group of subcommands.
    case subCommandGroup
    /// 3: text.
    case string
    /// 4: whole number in −2^53+1 … 2^53−1.
    case integer
    /// 5: true/false.
    case boolean
    /// 6: a user (id).
    case user
    /// 7: a channel (id).
    case channel
    /// 8: a role (id).
    case role
    /// 9: a user or role (id).
    case mentionable
    /// 10: a double.
    case number
    /// 11: an uploaded file (id).
    case attachment
    /// A type this version does not know.
    case unknown(Int)

    /// Maps Discord's number to a case.
    public init(rawValue: Int) {
        switch rawValue {
        case 1: self = .subCommand
        case 2: self = .subCommandGroup
        case 3: self = .string
        case 4: self = .integer
        case 5: self = .boolean
        case 6: self = .user
        case 7: self = .channel
        case 8: self = .role
        case 9: self = .mentionable
        case 10: self = .number
        case 11: self = .attachment
        default: self = .unknown(rawValue)
        }
    }

    /// Discord's number for this type.
    public var rawValue: Int {
        switch self {
        case .subCommand: 1
        case .subCommandGroup: 2
        case .string: 3
        case .integer: 4
        case .boolean: 5
        case .user: 6
        case .channel: 7
        case .role: 8
        case .mentionable: 9
        case .number: 10
        case .attachment: 11
        case .unknown(let value): value
        }
    }
}
