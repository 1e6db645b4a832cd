/// One line typed into `raidbot sandbox`, parsed. The console plays guild members against the
/// local Discord stand-in: it can do what a member can do in Discord, nothing more.
/// Public so the browser UI (SandboxWeb) plays the same lines, the guided tour included.
public enum ConsoleAction: Equatable, Sendable {
    /// Act as this member from now on (a new name joins the guild first).
    case actAs(String)
    /// A slash command with `name:value` options, e.g. `/run dungeon:SHATTERS party:p1`; `path`
    /// names its subcommand (or group and subcommand), e.g. `/configverification send-panel`.
    case command(String, [ConsoleOption], path: [String] = [])
    /// Press a button, by custom_id or by its label, on the newest message that shows it.
    case click(String)
    /// Pick values in a select menu (custom_id or placeholder), e.g. `select v1:run:class:1 Priest`.
    case select(String, [String])
    /// Submit a modal the bot opened, e.g. `submit v1:run:chain_modal:1 chain=5`.
    case submit(String, [ConsoleOption])
    /// Send the bot a direct message as the current member (modmail), e.g. `dm My key was stolen`.
    case directMessage(String)
    /// Post a plain message as the current member in a channel or thread (a thread may be named by
    /// any part of its name, e.g. `say raider_rin On it!` in that member's modmail ticket thread).
    case say(channel: String, text: String)
    /// Change a player the RealmEye stand-in shows, e.g. `realmeye NiaRealm description "my code"`.
    case realmEye(String, RealmEyeChange)
    /// Print the newest messages of a channel (the raid channel when omitted; `dm` for your DMs).
    case show(String?)
    /// List the guild's members and their roles.
    case members
    /// Print the console's commands.
    case help
    /// Stop the bot and the stand-in.
    case quit
}

/// What `realmeye <ign> …` changes on the stand-in's player page.
public enum RealmEyeChange: Equatable, Sendable {
    /// The description's lines (at most three; ` | ` separates them on the console line).
    case description([String])
    /// Stars.
    case stars(Int)
    /// Alive fame.
    case fame(Int)
    /// Characters.
    case characters(Int)
    /// The profile is private (true) or public again (false).
    case privacy(Bool)
    /// Print the player as the stand-in shows it, changing nothing.
    case show
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
            // Subcommand names are Discord's lower-case names and come first; `/run SHATTERS` stays an error.
            let path = Array(rest.prefix(2).prefix { isSubcommandName($0) })
            return options(Array(rest.dropFirst(path.count)), separator: ":")
                .map { .command(String(first.dropFirst()), $0, path: path) }
        }
        switch (first.lowercased(), rest.count) {
        case ("as", 1): return .success(.actAs(rest[0]))
        case ("click", 1...): return .success(.click(rest.joined(separator: " ")))
        case ("select", 2...): return .success(.select(rest[0], Array(rest.dropFirst())))
        case ("submit", 1...): return options(Array(rest.dropFirst()), separator: "=").map { .submit(rest[0], $0) }
        case ("show", 0...1): return .success(.show(rest.first))
        case ("dm", 1...): return .success(.directMessage(rest.joined(separator: " ")))
        case ("say", 2...): return .success(.say(channel: rest[0], text: rest.dropFirst().joined(separator: " ")))
        case ("realmeye", 1...): return realmEye(rest)
        case ("members", 0): return .success(.members)
        case ("help", _): return .success(.help)
        case ("quit", 0), ("exit", 0): return .success(.quit)
        default: return .failure(ConsoleProblem("I don't understand \"\(line)\". Type help for the commands."))
        }
    }

    /// A word that can only be a subcommand (or group) name: Discord's `[-_a-z0-9]{1,32}`, no `:`.
    static func isSubcommandName(_ word: String) -> Bool {
        !word.isEmpty && word.count <= 32 && word.allSatisfy { $0 == "-" || $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// `realmeye <ign> description <text> | <line 2>`, `stars|fame|characters <n>`, `private`, `public` or nothing (show).
    static func realmEye(_ words: [String]) -> Result<ConsoleAction?, ConsoleProblem> {
        let ign = words[0], what = words.dropFirst().first?.lowercased(), values = Array(words.dropFirst(2))
        let usage = ConsoleProblem("realmeye <ign> then description <text> | stars <n> | fame <n> | characters <n> | private | public")
        let number = values.count == 1 ? Int(values[0]).flatMap { $0 >= 0 ? $0 : nil } : nil
        switch (what, values.count) {
        case (nil, _): return .success(.realmEye(ign, .show))
        case ("description", _):
            let lines = values.joined(separator: " ").split(separator: "|", omittingEmptySubsequences: false)
                .map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
            guard lines.count <= 3 else { return .failure(ConsoleProblem("A RealmEye description has three lines at most.")) }
            return .success(.realmEye(ign, .description(values.isEmpty ? [] : lines)))
        case ("stars", 1), ("fame", 1), ("characters", 1):
            guard let number else { return .failure(ConsoleProblem("\(what ?? "") wants a whole number, 0 or more.")) }
            let change: RealmEyeChange = what == "stars" ? .stars(number) : what == "fame" ? .fame(number) : .characters(number)
            return .success(.realmEye(ign, change))
        case ("private", 0): return .success(.realmEye(ign, .privacy(true)))
        case ("public", 0): return .success(.realmEye(ign, .privacy(false)))
        default: return .failure(usage)
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
