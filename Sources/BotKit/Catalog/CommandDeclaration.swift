import DiscordModels

/// One slash command, declared once: it drives registration, the gate, the rate limit, the
/// acknowledgement and `/help`.
public struct CommandDeclaration: Hashable, Sendable {
    /// Command name (lowercase, 1–32).
    public let name: String
    /// One-line description (1–100), also the `/help` summary.
    public let description: String
    /// Option definitions (required first).
    public let options: [ApplicationCommandOption]
    /// Who may run it.
    public let gate: CommandGate
    /// Public or ephemeral acknowledgement.
    public let deferStyle: CommandDeferStyle
    /// Rate-limit preset (§10.4), declared by the command (default: `commandDefault`).
    public let rateLimit: RateLimitPreset
    /// Whether it works in DMs (only `/modmail`).
    public let allowedInDMs: Bool
    /// Usage line for `/help <command>`, e.g. `/run dungeon:<name> [party] [location]`.
    public let usage: String?
    /// Example invocations for `/help <command>`.
    public let examples: [String]

    /// Declares a command.
    public init(name: String, description: String, options: [ApplicationCommandOption] = [],
                gate: CommandGate, deferStyle: CommandDeferStyle, rateLimit: RateLimitPreset = .commandDefault,
                allowedInDMs: Bool = false, usage: String? = nil, examples: [String] = []) {
        self.name = name
        self.description = description
        self.options = options
        self.gate = gate
        self.deferStyle = deferStyle
        self.rateLimit = rateLimit
        self.allowedInDMs = allowedInDMs
        self.usage = usage
        self.examples = examples
    }

    /// The registration payload: Discord-Administrator commands are hidden from others by default;
    /// guild-only commands are limited to the guild context.
    public var applicationCommand: ApplicationCommand {
        ApplicationCommand(name: name, description: description, type: .chatInput,
                           options: options.isEmpty ? nil : options,
                           defaultMemberPermissions: gate == .discordAdministrator ? .administrator : nil,
                           contexts: allowedInDMs ? [0, 1] : [0])
    }
}
