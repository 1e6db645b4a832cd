/// One line typed into `raidbot sandbox`, parsed. The console plays guild members against the
/// local Discord stand-in: it can do what a member can do in Discord, nothing more.
/// Public so the browser UI (SandboxWeb) plays the same lines, the guided tour included.
public enum ConsoleAction: Equatable, Sendable {
    /// Act as this member from now on (a new name joins the guild first).
    case actAs(String)
    /// A slash command with `name:value` options, e.g. `/run dungeon:SHATTERS party:p1`.
    case command(String, [ConsoleOption])
    /// Press a button, by custom_id or by its label, on the newest message that shows it.
    case click(String)
    /// Pick values in a select menu (custom_id or placeholder), e.g. `select v1:run:class:1 Priest`.
    case select(String, [String])
    /// Submit a modal the bot opened, e.g. `submit v1:run:chain_modal:1 chain=5`.
    case submit(String, [ConsoleOption])
    /// Send the bot a direct message as the current member (modmail), e.g. `dm My key was stolen`.
    case directMessage(String)
    /// Print the newest messages of a channel (the raid channel when omitted; `dm` for your DMs).
    case show(String?)
    /// List the guild's members and their roles.
    case members
    /// Print the console's commands.
    case help
    /// Stop the bot and the stand-in.
    case quit
}

/// A `name:value` (or `name=value`) pair of a command or a modal.
public struct ConsoleOption: Equatable, Sendable {
    public let name: String
    public let value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// The console's grammar: words split on spaces, with "double quotes" around values that hold
/// spaces (`description:"bring priests"`). Blank lines and `#` comments parse to nil.
public enum ConsoleLine {
    public static func parse(_ line: String) -> Result<ConsoleAction?, ConsoleProblem> {
        let words = tokens(line)
        guard let first = words.first, !first.hasPrefix("#") else { return .success(nil) }
        let rest = Array(words.dropFirst())
        if first.hasPrefix("/") {
            return options(rest, separator: ":").map { .command(String(first.dropFirst()), $0) }
        }
        switch (first.lowercased(), rest.count) {
        case ("as", 1): return .success(.actAs(rest[0]))
        case ("click", 1...): return .success(.click(rest.joined(separator: " ")))
        case ("select", 2...): return .success(.select(rest[0], Array(rest.dropFirst())))
        case ("submit", 1...): return options(Array(rest.dropFirst()), separator: "=").map { .submit(rest[0], $0) }
        case ("show", 0...1): return .success(.show(rest.first))
        case ("dm", 1...): return .success(.directMessage(rest.joined(separator: " ")))
        case ("members", 0): return .success(.members)
        case ("help", _): return .success(.help)
        case ("quit", 0), ("exit", 0): return .success(.quit)
        default: return .failure(ConsoleProblem("I don't understand \"\(line)\". Type help for the commands."))
        }
    }

    /// The words of `line`; quotes group and are dropped.
    static func tokens(_ line: String) -> [String] {
        var words: [String] = [], current = "", quoted = false, started = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character.isWhitespace && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }

    static func options(_ words: [String], separator: Character) -> Result<[ConsoleOption], ConsoleProblem> {
        var options: [ConsoleOption] = []
        for word in words {
            guard let index = word.firstIndex(of: separator), index != word.startIndex else {
                return .failure(ConsoleProblem("\"\(word)\" should look like name\(separator)value."))
            }
            options.append(ConsoleOption(name: String(word[..<index]), value: String(word[word.index(after: index)...])))
        }
        return .success(options)
    }
}

/// A console line or action that cannot be carried out, in words for the developer.
public struct ConsoleProblem: Error, Equatable, Sendable {
    /// What went wrong, as the console prints it after `✗`.
    public let message: String
    init(_ message: String) { self.message = message }
}
