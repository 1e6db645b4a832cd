/// A command definition: the body of a bulk overwrite (`PUT …/commands`, an array of these) and
/// what Discord returns (then with `id`, `application_id`, `version`).
public struct ApplicationCommand: Codable, Hashable, Sendable {
    /// Assigned by Discord (responses only).
    public var id: Snowflake?
    /// Owning application (responses only).
    public var applicationID: Snowflake?
    /// Guild of a guild command (responses only).
    public var guildID: Snowflake?
    /// Name (1–32, lowercase for chat input).
    public var name: String
    /// Localized names.
    public var nameLocalizations: [String: String]?
    /// Description (1–100; empty for user/message commands).
    public var description: String
    /// Localized descriptions.
    public var descriptionLocalizations: [String: String]?
    /// Chat input (default), user or message.
    public var type: ApplicationCommandType?
    /// Options (≤25; required ones first).
    public var options: [ApplicationCommandOption]?
    /// Who may see it by default: nil = everyone, [] ("0") = administrators only.
    public var defaultMemberPermissions: Permissions?
    /// 0 guild, 1 bot DM, 2 private channel.
    public var contexts: [Int]?
    /// 0 guild install, 1 user install.
    public var integrationTypes: [Int]?
    /// Age-restricted.
    public var nsfw: Bool?
    /// Version snowflake (responses only).
    public var version: Snowflake?

    /// Creates a command definition.
    public init(name: String, description: String, type: ApplicationCommandType? = .chatInput,
                options: [ApplicationCommandOption]? = nil, defaultMemberPermissions: Permissions? = nil,
                contexts: [Int]? = nil) {
        self.name = name
        self.description = description
        self.type = type
        self.options = options
        self.defaultMemberPermissions = defaultMemberPermissions
        self.contexts = contexts
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description, type, options, contexts, nsfw, version
        case applicationID = "application_id"
        case guildID = "guild_id"
        case nameLocalizations = "name_localizations"
        case descriptionLocalizations = "description_localizations"
        case defaultMemberPermissions = "default_member_permissions"
        case integrationTypes = "integration_types"
    }
}

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

/// A fixed choice of an option, or an autocomplete suggestion.
public struct ApplicationCommandOptionChoice: Codable, Hashable, Sendable {
    /// Shown name (1–100).
    public var name: String
    /// Value sent back (string ≤100, integer or number).
    public var value: CommandOptionValue

    /// Creates a choice.
    public init(name: String, value: CommandOptionValue) {
        self.name = name
        self.value = value
    }
}
