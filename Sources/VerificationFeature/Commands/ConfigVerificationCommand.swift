import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/configverification` (§7.6, moderator+): post the Get Verified panel, set its texts and the
/// instructions, and the requirements beyond the code check. A text option left empty clears the
/// stored value (the incumbent's COALESCE could not clear).
enum ConfigVerificationCommand {
    /// The command and its subcommands.
    static let declaration = CommandDeclaration(
        name: "configverification", description: "Configure verification: the panel, its texts and requirements",
        options: [
            sub("send-panel", "Post the Get Verified panel", [
                .init(type: .channel, name: "channel", description: "Where (default: the getverified channel)",
                      channelTypes: [.guildText]),
                text("custom_message", "Message for this post (overrides the stored one)"),
                text("image_url", "Image for this post (overrides the stored one)"),
            ]),
            sub("set-panel-message", "Set the panel's message and image (leave empty to clear)",
                [text("message", "The message"), text("image_url", "The image")]),
            sub("set-manual-instructions", "Set the manual method's instructions (leave empty to clear)",
                [text("instructions", "The instructions"), text("image_url", "The image")]),
            sub("set-realmeye-instructions", "Set the RealmEye steps' image (leave empty to clear)",
                [text("image_url", "The image")]),
            sub("set-requirements", "Requirements read from RealmEye (leave empty for none)", [
                number("min_stars", "Least stars"), number("min_alive_fame", "Least alive fame"),
                number("min_characters", "Least characters"),
                .init(type: .boolean, name: "created_visible", description: "Account creation date must be visible"),
                .init(type: .boolean, name: "guild_required", description: "Must be in a RotMG guild"),
            ]),
        ],
        gate: .rank(.moderator), deferStyle: .ephemeralReply, rateLimit: .commandConfig, usage: "/configverification <subcommand>")

    /// Runs the subcommand invoked.
    static func handle(_ context: InteractionContext, _ services: VerificationServices) async throws {
        guard let data = context.commandData else { return }
        let guild = services.guildID, now = services.now(), store = services.config
        switch data.commandPath.dropFirst().first {
        case "send-panel": try await sendPanel(context, data, services)
        case "set-panel-message":
            try await store.setPanel(message: data.text("message"), image: data.text("image_url"), guild: guild, now: now)
            try await context.reply(.text("✅ Panel message saved."))
        case "set-manual-instructions":
            try await store.setManual(instructions: data.text("instructions"), image: data.text("image_url"), guild: guild, now: now)
            try await context.reply(.text("✅ Manual verification instructions saved."))
        case "set-realmeye-instructions":
            try await store.setRealmEyeImage(data.text("image_url"), guild: guild, now: now)
            try await context.reply(.text("✅ RealmEye instructions saved."))
        case "set-requirements":
            let requirements = data.requirements
            try await store.setRequirements(requirements, guild: guild, now: now)
            try await context.reply(.text("✅ Verification requirements saved: " + describe(requirements)))
        default: throw BotKitError(.malformedComponent, detail: "unknown /configverification subcommand")
        }
        await context.audit(action: "verification.config", subject: "guild:\(guild)")
    }

    private static func sendPanel(_ context: InteractionContext, _ data: ApplicationCommandData,
                                  _ services: VerificationServices) async throws {
        let stored = try await services.config.config(guild: services.guildID)
        var target = data.value(of: "channel")?.snowflakeValue
        if target == nil {
            target = try await GuildChannelStore(database: services.environment.database).channel(.getVerified, guildID: services.guildID)
        }
        guard let channel = target else { throw VerificationRefusal.panelChannelMissing }
        do {
            _ = try await services.rest.createMessage(channelID: channel, VerificationViews.panel(
                message: data.text("custom_message") ?? stored.panelMessage, image: data.text("image_url") ?? stored.panelImage))
        } catch {
            throw VerificationRefusal.discordRefused("post the panel there (I need Send Messages and Embed Links)")
        }
        try await context.reply(.text("✅ Verification panel posted in <#\(channel)>."))
    }

    /// The requirements in words.
    static func describe(_ requirements: VerificationRequirements) -> String {
        var parts: [String] = []
        if let stars = requirements.minimumStars { parts.append("\(stars)+ stars") }
        if let fame = requirements.minimumAliveFame { parts.append("\(fame)+ alive fame") }
        if let characters = requirements.minimumCharacters { parts.append("\(characters)+ characters") }
        if requirements.createdMustBeVisible { parts.append("creation date visible") }
        if requirements.guildRequired { parts.append("in a guild") }
        return parts.isEmpty ? "none." : parts.joined(separator: ", ") + "."
    }

    private static func sub(_ name: String, _ description: String, _ options: [ApplicationCommandOption]) -> ApplicationCommandOption {
        ApplicationCommandOption(type: .subCommand, name: name, description: description, options: options)
    }

    private static func text(_ name: String, _ description: String) -> ApplicationCommandOption {
        ApplicationCommandOption(type: .string, name: name, description: description, maxLength: 1000)
    }

    private static func number(_ name: String, _ description: String) -> ApplicationCommandOption {
        ApplicationCommandOption(type: .integer, name: name, description: description, minValue: 0, maxValue: 1_000_000)
    }
}

private extension ApplicationCommandData {
    /// A text option, trimmed; empty or absent is nil (clears).
    func text(_ name: String) -> String? {
        guard let value = value(of: name)?.stringValue?.trimmingSpaces(), !value.isEmpty
        else { return nil }
        return value
    }

    /// The requirements the options give (absent: none).
    var requirements: VerificationRequirements {
        VerificationRequirements(
            minimumStars: value(of: "min_stars")?.integerValue.map { Int($0) },
            minimumAliveFame: value(of: "min_alive_fame")?.integerValue.map { Int($0) },
            minimumCharacters: value(of: "min_characters")?.integerValue.map { Int($0) },
            createdMustBeVisible: value(of: "created_visible")?.booleanValue ?? false,
            guildRequired: value(of: "guild_required")?.booleanValue ?? false)
    }
}
