/// One option in a command definition.
public struct ApplicationCommandOption: Codable, Hashable, Sendable {
    /// Option type.
    public var type: ApplicationCommandOptionType
    /// Name (1–32).
    public var name: String
    /// Description (1–100).
    public var description: String
    /// Must be supplied (required options come first).
    public var required: Bool?
    /// Fixed choices (≤25; not with autocomplete).
    public var choices: [ApplicationCommandOptionChoice]?
    /// Nested options of a subcommand or group.
    public var options: [ApplicationCommandOption]?
    /// Allowed channel kinds of a channel option.
    public var channelTypes: [ChannelType]?
    /// Minimum for integer/number options.
    public var minValue: Double?
    /// Maximum for integer/number options.
    public var maxValue: Double?
    /// Minimum length of a string option (0–6000).
    public var minLength: Int?
    /// Maximum length of a string option (1–6000).
    public var maxLength: Int?
    /// Ask the bot for suggestions as the user types.
    public var autocomplete: Bool?

    /// Creates an option definition.
    public init(type: ApplicationCommandOptionType, name: String, description: String, required: Bool? = nil,
                choices: [ApplicationCommandOptionChoice]? = nil, options: [ApplicationCommandOption]? = nil,
                channelTypes: [ChannelType]? = nil, minValue: Double? = nil, maxValue: Double? = nil,
                minLength: Int? = nil, maxLength: Int? = nil, autocomplete: Bool? = nil) {
        self.type = type
        self.name = name
        self.description = description
        self.required = required
        self.choices = choices
        self.options = options
        self.channelTypes = channelTypes
        self.minValue = minValue
        self.maxValue = maxValue
        self.minLength = minLength
        self.maxLength = maxLength
        self.autocomplete = autocomplete
    }

    enum CodingKeys: String, CodingKey {
        case type, name, description, required, choices, options, autocomplete
        case channelTypes = "channel_types"
        case minValue = "min_value"
        case maxValue = "max_value"
        case minLength = "min_length"
        case maxLength = "max_length"
    }
}
