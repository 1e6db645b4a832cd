import BotKit
import DiscordModels
import DiscordREST
import FeatureKit

/// `/createrole` (§7.7, §8.6, Discord Administrator): saves the (guild, role) configuration, then posts
/// its panel in the role channel, replacing the panel an earlier run posted. Everything is checked
/// before anything is saved: the role must be one the bot can give, both channels text channels where
/// it can post embeds, the texts within their limits, the example an image.
enum CreateRoleCommand {
    /// Longest instructions (Discord's option limit too).
    static let instructionsLimit = 2000
    /// Longest role description.
    static let descriptionLimit = 500

    static let declaration = CommandDeclaration(
        name: "createrole", description: "Create or refresh a custom role verification panel",
        options: [
            ApplicationCommandOption(type: .role, name: "role", description: "The role members verify for", required: true),
            ApplicationCommandOption(type: .channel, name: "role_channel", description: "Where the panel goes", required: true,
                                     channelTypes: [.guildText]),
            ApplicationCommandOption(type: .channel, name: "verification_channel", description: "Where staff review screenshots",
                                     required: true, channelTypes: [.guildText]),
            ApplicationCommandOption(type: .string, name: "instructions", description: "What the screenshot must show",
                                     required: true, maxLength: instructionsLimit),
            ApplicationCommandOption(type: .string, name: "role_description", description: "What the role is",
                                     maxLength: descriptionLimit),
            ApplicationCommandOption(type: .attachment, name: "example_screenshot", description: "An example screenshot (an image)"),
        ],
        gate: .discordAdministrator, deferStyle: .ephemeralReply, rateLimit: .commandConfig,
        usage: "/createrole role:<role> role_channel:<#channel> verification_channel:<#channel> instructions:<text>")

    static func handle(_ context: InteractionContext, _ services: VerificationServices) async throws {
        guard let data = context.commandData else { return }
        let access = try await BotAccess.read(services.rest, guildID: services.guildID)
        let settings = try await settings(data, access, services)
        let roleName = access.name(of: settings.roleID) ?? "Role"
        let (config, previous) = try await services.customRoles.save(settings, guild: services.guildID, actor: context.userID,
                                                                     now: services.now())
        await context.audit(action: "customrole.config", subject: "role:\(settings.roleID)")
        let panel: Message
        do {
            panel = try await services.rest.createMessage(channelID: config.roleChannelID, CustomRoleViews.panel(config, roleName: roleName))
        } catch {
            services.logger.warning("custom role panel not posted", metadata: ["error": "\(error)"])
            throw CustomRoleRefusal.panelNotPosted
        }
        try await services.customRoles.setPanel(config.id, message: panel.id)
        var note = ""
        if let old = previous, let oldPanel = old.panelMessageID, oldPanel != panel.id {
            do {
                try await services.rest.deleteMessage(channelID: old.roleChannelID, messageID: oldPanel, reason: "panel replaced")
                note = "\nThe previous panel was removed."
            } catch let error as RESTError where error.isUnknownTarget {
                note = ""
            } catch {
                note = "\n⚠️ I couldn't delete the previous panel (https://discord.com/channels/\(services.guildID)/"
                    + "\(old.roleChannelID)/\(oldPanel)); delete it by hand."
            }
        }
        try await context.reply(.text("✅ **\(roleName)** verification panel posted in <#\(config.roleChannelID)>; "
                                      + "tickets go to <#\(config.verificationChannelID)>." + note))
    }

    /// The options, checked against Discord.
    private static func settings(_ data: ApplicationCommandData, _ access: BotAccess,
                                 _ services: VerificationServices) async throws -> CustomRoleSettings {
        guard let role = data.value(of: "role")?.snowflakeValue else { throw CustomRoleRefusal.roleNotAllowed("no role given") }
        if let why = access.refusal(granting: role) { throw CustomRoleRefusal.roleNotAllowed(why) }
        let instructions = (data.value(of: "instructions")?.stringValue ?? "").trimmingSpaces()
        guard !instructions.isEmpty, instructions.count <= instructionsLimit else {
            throw CustomRoleRefusal.textInvalid("Instructions must be 1–\(instructionsLimit) characters (you gave \(instructions.count)).")
        }
        let description = data.value(of: "role_description")?.stringValue?.trimmingSpaces()
        if let description, description.count > descriptionLimit {
            throw CustomRoleRefusal.textInvalid("The role description must be at most \(descriptionLimit) characters "
                                                + "(you gave \(description.count)).")
        }
        return CustomRoleSettings(
            roleID: role,
            roleChannelID: try await postableChannel("role_channel", data, access, services),
            verificationChannelID: try await postableChannel("verification_channel", data, access, services),
            instructions: instructions, roleDescription: description?.isEmpty == false ? description : nil,
            exampleImage: try example(data))
    }

    /// A text channel of this guild where the bot can post embeds.
    private static func postableChannel(_ option: String, _ data: ApplicationCommandData, _ access: BotAccess,
                                        _ services: VerificationServices) async throws -> Snowflake {
        guard let id = data.value(of: option)?.snowflakeValue else { throw CustomRoleRefusal.channelMissing(option) }
        let channel: Channel
        do {
            channel = try await services.rest.getChannel(channelID: id)
        } catch let error as RESTError where error.isUnknownTarget {
            throw CustomRoleRefusal.channelMissing(option)
        }
        guard channel.type == .guildText, channel.guildID == nil || channel.guildID == services.guildID else {
            throw CustomRoleRefusal.channelMissing(option)
        }
        guard access.canPost(in: channel) else { throw CustomRoleRefusal.channelNotSendable(id.description) }
        return id
    }

    /// The example screenshot's URL, if one was attached; it must be an image.
    private static func example(_ data: ApplicationCommandData) throws -> String? {
        guard let id = data.value(of: "example_screenshot")?.snowflakeValue else { return nil }
        guard let attachment = data.resolved?.attachments?[id], let url = attachment.url else { throw CustomRoleRefusal.exampleNotImage }
        let isImage = attachment.contentType.map { $0.lowercased().hasPrefix("image/") }
            ?? (ScreenshotConversation.isImage(attachment.filename) || ScreenshotConversation.isImage(url))
        guard isImage else { throw CustomRoleRefusal.exampleNotImage }
        return url
    }
}
