import DiscordModels
import DiscordSandbox

/// A command's subcommand path (`/configverification send-panel`, or a group then a subcommand)
/// checked against the command's declaration, as Discord's client only offers declared ones.
enum ConsoleSubcommands {
    /// The options declared at the end of `path`, and how to nest the typed options there.
    /// Throws, in words, for a missing, unknown or superfluous subcommand.
    static func resolve(_ command: String, _ declared: [ApplicationCommandOption], path: [String]) throws
        -> ([ApplicationCommandOption], @Sendable ([CommandOption]) -> [CommandOption]) {
        let branches = declared.filter { $0.type == .subCommand || $0.type == .subCommandGroup }
        guard let name = path.first else {
            guard branches.isEmpty else {
                throw ConsoleProblem("\(command) needs a subcommand: " + names(branches) + ", e.g. \(command) \(branches[0].name)")
            }
            return (declared, { $0 })
        }
        guard !branches.isEmpty else {
            throw ConsoleProblem("\(command) has no subcommand \(name); options look like name:value"
                                 + (declared.isEmpty ? " (it takes none)" : " (it has " + declared.map(\.name).joined(separator: ", ") + ")"))
        }
        guard let branch = branches.first(where: { $0.name == name }) else {
            throw ConsoleProblem("\(command) has no subcommand \(name); it has " + names(branches))
        }
        let children = branch.options ?? []
        if branch.type == .subCommandGroup {
            let (options, nest) = try resolve("\(command) \(name)", children, path: Array(path.dropFirst()))
            return (options, { [.group(name, nest($0))] })
        }
        guard path.count == 1 else {
            throw ConsoleProblem("\(command) \(name) has no subcommand \(path[1]); options look like name:value")
        }
        return (children, { [.subcommand(name, $0)] })
    }

    static func names(_ options: [ApplicationCommandOption]) -> String {
        options.map(\.name).joined(separator: ", ")
    }
}
