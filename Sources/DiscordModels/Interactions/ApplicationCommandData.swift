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

    /// Decodes tolerantly: id and name are required; malformed options are dropped, so a routing
    /// mistake shows up as a missing option rather than a lost interaction.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Snowflake.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        type = container.soft(ApplicationCommandType.self, forKey: .type) ?? .chatInput
        resolved = container.soft(ResolvedData.self, forKey: .resolved)
        options = container.lossy([CommandInteractionOption].self, forKey: .options)
        guildID = container.soft(Snowflake.self, forKey: .guildID)
        targetID = container.soft(Snowflake.self, forKey: .targetID)
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

    /// The value of the leaf option `name`, e.g. `data.value(of: "dungeon")?.stringValue`.
    public func value(of name: String) -> CommandOptionValue? {
        leafOptions.first { $0.name == name }?.value
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
