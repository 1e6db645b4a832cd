/// The kind of a message or modal component; Components V2 kinds this bot does not build are kept.
public enum ComponentType: DiscordEnum {
    /// 1: a row of buttons or one select.
    case actionRow
    /// 2: a button.
    case button
    /// 3: a select with bot-defined options.
    case stringSelect
    /// 4: a modal text field.
    case textInput
    /// 5: a user picker.
    case userSelect
    /// 6: a role picker.
    case roleSelect
    /// 7: a user-or-role picker.
    case mentionableSelect
    /// 8: a channel picker.
    case channelSelect
    /// 10: Components V2 text block (also allowed in modals).
    case textDisplay
    /// 18: a modal label wrapping one input.
    case label
    /// Any other kind (sections, containers, media, checkboxes …).
    case unknown(Int)

    /// Maps Discord's number to a case.
    public init(rawValue: Int) {
        switch rawValue {
        case 1: self = .actionRow
        case 2: self = .button
        case 3: self = .stringSelect
        case 4: self = .textInput
        case 5: self = .userSelect
        case 6: self = .roleSelect
        case 7: self = .mentionableSelect
        case 8: self = .channelSelect
        case 10: self = .textDisplay
        case 18: self = .label
        default: self = .unknown(rawValue)
        }
    }

    /// Discord's number for this kind.
    public var rawValue: Int {
        switch self {
        case .actionRow: 1
        case .button: 2
        case .stringSelect: 3
        case .textInput: 4
        case .userSelect: 5
        case .roleSelect: 6
        case .mentionableSelect: 7
        case .channelSelect: 8
        case .textDisplay: 10
        case .label: 18
        case .unknown(let value): value
        }
    }

    /// True for the five select kinds.
    public var isSelect: Bool {
        switch self {
        case .stringSelect, .userSelect, .roleSelect, .mentionableSelect, .channelSelect: true
        default: false
        }
    }
}
