/// A command invocation (or autocomplete request): which command and the options the user gave.
public struct ApplicationCommandData: Codable, Hashable, Sendable {
    /// The registered command's id.
    public var id: Snowflake
    /// The command name.
    public var name: String
    /// Chat input, user or message command.
    public var type: ApplicationCommandType
    /// Users, members, roles, channels, messages, attachments referenced by options.
    public var resolved: ResolvedData?
    /// The options tree (subcommands nest options).
    public var options: [CommandInteractionOption]?
    /// The guild the command is registered in (guild commands).
    public var guildID: Snowflake?
    /// The target user or message of a context-menu command.
    public var targetID: Snowflake?

    /// Creates command data, e.g. in the sandbox.
    public init(id: Snowflake, name: String, type: ApplicationCommandType = .chatInput,
                options: [CommandInteractionOption]? = nil, resolved: ResolvedData? = nil, guildID: Snowflake? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.options = options
        self.resolved = resolved
        self.guildID = guildID
    }

    /// The innermost options: below the subcommand group and subcommand, if any.
    public var leafOptions: [CommandInteractionOption] {
        var current = options ?? []
        while let first = current.first, first.type == .subCommand || first.type == .subCommandGroup {
            current = first.options ?? []
        }
        return current
    }

    /// The invoked path, e.g. ["run", "start"] for `/run start`.
    public var commandPath: [String] {
        var path = [name]
        var current = options ?? []
        while let first = current.first, first.type == .subCommand || first.type == .subCommandGroup {
            path.append(first.name)
            current = first.options ?? []
        }
        return path
    }

    /// The autocomplete option the user is typing in, if any.
    public var focusedOption: CommandInteractionOption? {
        leafOptions.first { $0.focused == true }
    }

    enum CodingKeys: String, CodingKey {
        case id, name, type, resolved, options
        case guildID = "guild_id"
        case targetID = "target_id"
    }
}

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

/// A supplied option value. User/channel/role/mentionable/attachment ids arrive as `.string`.
public enum CommandOptionValue: Codable, Hashable, Sendable {
    /// STRING, or an id, or partial autocomplete input.
    case string(String)
    /// INTEGER (−2^53+1 … 2^53−1).
    case integer(Int64)
    /// NUMBER.
    case number(Double)
    /// BOOLEAN.
    case boolean(Bool)

    /// Decodes by the declared option type, falling back to whatever JSON scalar is present.
    init(decoding decoder: any Decoder, as type: ApplicationCommandOptionType) throws {
        let container = try decoder.singleValueContainer()
        if type == .integer, let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .boolean(value)
        } else if let value = try? container.decode(Int64.self), type != .number {
            self = .integer(value)
        } else {
            self = .number(try container.decode(Double.self))
        }
    }

    /// Decodes whatever scalar is present.
    public init(from decoder: any Decoder) throws {
        try self.init(decoding: decoder, as: .unknown(0))
    }

    /// Encodes the scalar.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .boolean(let value): try container.encode(value)
        }
    }

    /// The value as text, if it is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The value as an integer (integers, and whole numbers).
    public var integerValue: Int64? {
        switch self {
        case .integer(let value): value
        case .number(let value) where value.rounded() == value && abs(value) < 9.0e15: Int64(value)
        default: nil
        }
    }

    /// The value as a double (numbers and integers).
    public var numberValue: Double? {
        switch self {
        case .number(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }

    /// The value as a boolean.
    public var booleanValue: Bool? {
        if case .boolean(let value) = self { return value }
        return nil
    }

    /// The value as an id (user, role, channel, mentionable, attachment options).
    public var snowflakeValue: Snowflake? { stringValue.flatMap(Snowflake.init) }
}

/// Entities referenced by options or select values, keyed by id.
public struct ResolvedData: Codable, Hashable, Sendable {
    /// Users.
    public var users: [Snowflake: User]?
    /// Partial members (no `user`, `deaf`, `mute`): join with `users` by key.
    public var members: [Snowflake: Member]?
    /// Roles.
    public var roles: [Snowflake: Role]?
    /// Partial channels.
    public var channels: [Snowflake: Channel]?
    /// Messages (message commands).
    public var messages: [Snowflake: Message]?
    /// Attachments.
    public var attachments: [Snowflake: Attachment]?

    /// Creates resolved data, e.g. in the sandbox.
    public init(users: [Snowflake: User]? = nil, members: [Snowflake: Member]? = nil, roles: [Snowflake: Role]? = nil,
                channels: [Snowflake: Channel]? = nil) {
        self.users = users
        self.members = members
        self.roles = roles
        self.channels = channels
    }
}
