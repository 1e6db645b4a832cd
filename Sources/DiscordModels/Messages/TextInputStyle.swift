/// Single-line or multi-line text field.
public enum TextInputStyle: DiscordEnum {
    /// 1: one line.
    case short
    /// 2: several lines.
    case paragraph
    /// A style this version does not know.
    case unknown(Int)

    /// Maps Discord's number to a case.
    public init(rawValue: Int) {
        switch rawValue {
        case 1: self = .short
        case 2: self = .paragraph
        default: self = .unknown(rawValue)
        }
    }

    /// Discord's number for this style.
    public var rawValue: Int {
        switch self {
        case .short: 1
        case .paragraph: 2
        case .unknown(let value): value
        }
    }
}
