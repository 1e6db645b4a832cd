/// A button's look and behaviour.
public enum ButtonStyle: DiscordEnum {
    /// 1: blurple.
    case primary
    /// 2: grey.
    case secondary
    /// 3: green.
    case success
    /// 4: red.
    case danger
    /// 5: opens a URL.
    case link
    /// 6: purchase a SKU.
    case premium
    /// A style this version does not know.
    case unknown(Int)

    /// Maps Discord's number to a case.
    public init(rawValue: Int) {
        switch rawValue {
        case 1: self = .primary
        case 2: self = .secondary
        case 3: self = .success
        case 4: self = .danger
        case 5: self = .link
        case 6: self = .premium
        default: self = .unknown(rawValue)
        }
    }

    /// Discord's number for this style.
    public var rawValue: Int {
        switch self {
        case .primary: 1
        case .secondary: 2
        case .success: 3
        case .danger: 4
        case .link: 5
        case .premium: 6
        case .unknown(let value): value
        }
    }
}
