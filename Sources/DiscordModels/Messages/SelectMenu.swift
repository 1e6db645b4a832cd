/// A select menu of any of the five kinds (string, user, role, mentionable, channel).
public struct SelectMenu: Codable, Hashable, Sendable {
    /// Which select kind.
    public var type: ComponentType
    /// Optional numeric component id.
    public var id: Int?
    /// Identifier sent back with the chosen values (1–100).
    public var customID: String
    /// Choices of a string select (1–25).
    public var options: [SelectOption]?
    /// Allowed channel kinds of a channel select.
    public var channelTypes: [ChannelType]?
    /// Hint text (≤150).
    public var placeholder: String?
    /// Preselected users/roles/channels of an auto-populated select.
    public var defaultValues: [SelectDefaultValue]?
    /// Minimum picks (0–25).
    public var minValues: Int?
    /// Maximum picks (1–25).
    public var maxValues: Int?
    /// Greyed out.
    public var disabled: Bool?
    /// Must be answered (modal selects only).
    public var required: Bool?
    /// The chosen values, present only in a submitted modal.
    public var values: [String]?

    /// A string select with bot-defined options.
    public init(customID: String, options: [SelectOption], placeholder: String? = nil,
                minValues: Int? = nil, maxValues: Int? = nil, disabled: Bool? = nil) {
        self.type = .stringSelect
        self.customID = customID
        self.options = options
        self.placeholder = placeholder
        self.minValues = minValues
        self.maxValues = maxValues
        self.disabled = disabled
    }

    /// An auto-populated select (`.userSelect`, `.roleSelect`, `.mentionableSelect`, `.channelSelect`).
    public init(type: ComponentType, customID: String, placeholder: String? = nil, channelTypes: [ChannelType]? = nil,
                minValues: Int? = nil, maxValues: Int? = nil) {
        self.type = type
        self.customID = customID
        self.placeholder = placeholder
        self.channelTypes = channelTypes
        self.minValues = minValues
        self.maxValues = maxValues
    }

    enum CodingKeys: String, CodingKey {
        case type, id, options, placeholder, disabled, required, values
        case customID = "custom_id"
        case channelTypes = "channel_types"
        case defaultValues = "default_values"
        case minValues = "min_values"
        case maxValues = "max_values"
    }
}
