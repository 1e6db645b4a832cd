import FeatureKit
import BotKit
import DiscordModels

/// `/help` (§1.6): the command list grouped by who may run it, or one command's details; both come
/// from the catalog, so help never drifts from what is registered.
enum HelpCommand {
    /// The declaration: an optional command name with autocomplete.
    static let declaration = CommandDeclaration(
        name: "help", description: "List the bot's commands, or show one command's details",
        options: [ApplicationCommandOption(type: .string, name: "command", description: "A command to explain",
                                           required: false, maxLength: 32, autocomplete: true)],
        gate: .rank(.organizer), deferStyle: .publicReply, rateLimit: .commandInfo,
        usage: "/help [command]", examples: ["/help", "/help command:run"])

    /// Replies with the overview, or the named command's details.
    static func handle(_ context: InteractionContext, catalog: CommandCatalog) async throws {
        let requested = context.commandData?.leafOptions.first { $0.name == "command" }?.value?.stringValue
        guard let requested else {
            try await context.reply(Reply(embeds: [HelpView.overview(catalog)]))
            return
        }
        let name = commandName(requested)
        guard let detail = HelpView.detail(catalog, name: name) else {
            throw BotKitError(.notFound, detail: "help for unknown command",
                              userMessage: "❌ There's no `/\(name.prefix(32))` command. Run `/help` for the list.")
        }
        try await context.reply(Reply(embeds: [detail]))
    }

    /// The typed name in lower case, only the characters a command name may hold ("/Run " → "run"),
    /// so it is safe to echo inside a code span.
    static func commandName(_ typed: String) -> String {
        String(typed.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }

    /// Command names matching what the member typed.
    static func suggest(_ typed: CommandInteractionOption, catalog: CommandCatalog) -> [ApplicationCommandOptionChoice] {
        catalog.helpSuggestions(typed.value?.stringValue ?? "").map { ApplicationCommandOptionChoice(name: "/\($0)", value: .string($0)) }
    }
}
