import BotKit
import DiscordModels
import FeatureKit

/// `/configmodmail relay-thread-messages enabled:<bool> [ignore_prefix:<text>]` (issue 10): whether
/// staff may answer a ticket with plain messages in its thread, and the prefix that keeps a thread
/// message an internal staff note (default `//`). Administrator rank or Discord Administrator.
enum ConfigModmailCommand {
    /// The longest ignore prefix (the schema's CHECK).
    static let prefixLimit = 10

    /// The command and its subcommand.
    static let declaration = CommandDeclaration(
        name: "configmodmail", description: "Configure modmail",
        options: [ApplicationCommandOption(
            type: .subCommand, name: "relay-thread-messages",
            description: "Relay staff's plain messages in ticket threads to the member", options: [
                ApplicationCommandOption(type: .boolean, name: "enabled", description: "Relay them (off by default)",
                                         required: true),
                ApplicationCommandOption(type: .string, name: "ignore_prefix",
                                         description: "Messages starting with this stay staff notes (default //)",
                                         maxLength: prefixLimit),
            ])],
        gate: ModmailPolicy.gate("configmodmail"), deferStyle: .ephemeralReply, rateLimit: .commandConfig,
        usage: "/configmodmail relay-thread-messages enabled:<true|false> [ignore_prefix:<text>]",
        examples: ["/configmodmail relay-thread-messages enabled:true", "/configmodmail relay-thread-messages enabled:false"])

    /// Runs the subcommand invoked.
    static func handle(_ context: InteractionContext, _ services: ModmailServices) async throws {
        guard let data = context.commandData, data.commandPath.dropFirst().first == "relay-thread-messages" else {
            throw BotKitError(.malformedComponent, detail: "unknown /configmodmail subcommand")
        }
        var settings = try await services.store.settings(guild: services.guildID)
        settings.relayThreadMessages = data.value(of: "enabled")?.booleanValue ?? false
        if let typed = data.value(of: "ignore_prefix")?.stringValue?.trimmingSpaces() {
            guard !typed.isEmpty, typed.count <= prefixLimit else {
                throw BotKitError(.validation, detail: "bad modmail ignore prefix",
                                  userMessage: "❌ The ignore prefix must be 1 to \(prefixLimit) characters.")
            }
            settings.ignorePrefix = typed
        }
        try await services.store.setThreadRelay(settings, guild: services.guildID, by: context.userID, now: services.now())
        try await context.reply(.text(settings.relayThreadMessages
            ? "✅ Staff messages in open ticket threads are now sent to the member. Messages starting with "
                + "`\(settings.ignorePrefix)` stay staff notes."
            : "✅ Staff messages in ticket threads are no longer sent to the member; answer with `/modmailreply`."))
    }
}
