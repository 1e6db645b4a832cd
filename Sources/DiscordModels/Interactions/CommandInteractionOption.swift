/// One option in an invocation: a subcommand (with nested options) or a value.
public struct CommandInteractionOption: Codable, Hashable, Sendable {
    /// Option name.
    public var name: String
    /// Option type.
    public var type: ApplicationCommandOptionType
    /// The value (exclusive with `options`).
    public var value: CommandOptionValue?
    /// Nested options of a subcommand or group.
    public var options: [CommandInteractionOption]?
    /// True for the option being typed during autocomplete.
    public var focused: Bool?

    /// Creates an option, e.g. in the sandbox.
    public init(name: String, type: ApplicationCommandOptionType, value: CommandOptionValue? = nil,
                options: [CommandInteractionOption]? = nil, focused: Bool? = nil) {
        self.name = name
        self.type = type
        self.value = value
        self.options = options
        self.focused = focused
    }

    /// Decodes `value` by the option type, tolerating partial autocomplete input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        type = try container.decode(ApplicationCommandOptionType.self, forKey: .type)
        options = try container.decodeIfPresent([CommandInteractionOption].self, forKey: .options)
        focused = try container.decodeIfPresent(Bool.self, forKey: .focused)
        if container.contains(.value), try !container.decodeNil(forKey: .value) {
            value = try CommandOptionValue(decoding: container.superDecoder(forKey: .value), as: type)
        }
    }

    enum CodingKeys: String, CodingKey {
        case name, type, value, options, focused
    }
}
