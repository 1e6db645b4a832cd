import DiscordModels

/// A slash-command option a test fills in, rendered as Discord's option tree.
public struct CommandOption: Sendable {
    /// The option name.
    public let name: String
    let type: Int
    let value: JSONValue?
    let children: [CommandOption]
    let focused: Bool
    /// For attachment options: the uploaded file as `resolved.attachments` describes it.
    var upload: JSONValue? = nil

    /// A string option (`focused` marks the one being typed, for autocomplete).
    public static func string(_ name: String, _ value: String, focused: Bool = false) -> CommandOption {
        CommandOption(name: name, type: 3, value: .string(value), children: [], focused: focused)
    }
    /// An integer option.
    public static func integer(_ name: String, _ value: Int, focused: Bool = false) -> CommandOption {
        CommandOption(name: name, type: 4, value: .int(value), children: [], focused: focused)
    }
    /// A boolean option.
    public static func boolean(_ name: String, _ value: Bool) -> CommandOption {
        CommandOption(name: name, type: 5, value: .bool(value), children: [], focused: false)
    }
    /// A user option (resolved from the guild).
    public static func user(_ name: String, _ id: Snowflake) -> CommandOption {
        CommandOption(name: name, type: 6, value: .id(id), children: [], focused: false)
    }
    /// A channel option (resolved from the guild).
    public static func channel(_ name: String, _ id: Snowflake) -> CommandOption {
        CommandOption(name: name, type: 7, value: .id(id), children: [], focused: false)
    }
    /// A role option (resolved from the guild).
    public static func role(_ name: String, _ id: Snowflake) -> CommandOption {
        CommandOption(name: name, type: 8, value: .id(id), children: [], focused: false)
    }
    /// A number (double) option.
    public static func number(_ name: String, _ value: Double) -> CommandOption {
        CommandOption(name: name, type: 10, value: .number(value), children: [], focused: false)
    }
    /// An attachment option: a file the member uploaded, resolved with this name and MIME type
    /// and a CDN url (the id is derived from the file name, so one test can refer to it again).
    public static func attachment(_ name: String, filename: String, contentType: String) -> CommandOption {
        let id = Snowflake(rawValue: 1 << 40 | fnv1a(filename) >> 24)
        let upload: JSONValue = .object([
            "id": .id(id), "filename": .string(filename), "size": .int(123_456), "content_type": .string(contentType),
            "url": .string("https://cdn.discordapp.com/attachments/1/\(id)/\(filename)"),
            "proxy_url": .string("https://media.discordapp.net/attachments/1/\(id)/\(filename)"),
        ])
        return CommandOption(name: name, type: 11, value: .id(id), children: [], focused: false, upload: upload)
    }

    static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// A subcommand with its own options.
    public static func subcommand(_ name: String, _ options: [CommandOption] = []) -> CommandOption {
        CommandOption(name: name, type: 1, value: nil, children: options, focused: false)
    }
    /// A subcommand group holding subcommands.
    public static func group(_ name: String, _ subcommands: [CommandOption]) -> CommandOption {
        CommandOption(name: name, type: 2, value: nil, children: subcommands, focused: false)
    }

    /// The option as Discord sends it.
    var wire: JSONValue {
        var object: [String: JSONValue] = ["name": .string(name), "type": .int(type)]
        if let value { object["value"] = value }
        if !children.isEmpty || type <= 2 { object["options"] = .array(children.map(\.wire)) }
        if focused { object["focused"] = .bool(true) }
        return .object(object)
    }

    /// Every leaf option, depth first (for `resolved`).
    var leaves: [CommandOption] { children.isEmpty ? [self] : children.flatMap(\.leaves) }
}
