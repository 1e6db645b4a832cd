import FeatureKit
import BotKit
import DiscordModels
import DiscordREST
import RaidDomain

/// The dungeon role-ping panel (§8.5, §2.9): `/sendrolepingembed` posts it in the `role_ping`
/// channel, and members toggle the ping roles themselves. Unlike the incumbent, the bot remembers
/// the panel (`guild_channel.panel_message_id`): posting again redraws it instead of adding a
/// second one, and `/configrolepings` keeps it current.
enum RolePingPanel {
    static let declaration = CommandDeclaration(
        name: "sendrolepingembed", description: "Post (or refresh) the dungeon role-ping panel (Discord Administrator only)",
        gate: .discordAdministrator, deferStyle: .ephemeralReply, usage: "/sendrolepingembed",
        examples: ["/sendrolepingembed"])

    static func handle(_ context: InteractionContext, environment: FeatureEnvironment) async throws {
        guard let (channel, message) = try await publish(environment) else {
            throw BotKitError(.validation, detail: "role_ping channel unmapped",
                              userMessage: "❌ No role-ping channel is configured. Set one with `/setchannels role_ping:#channel`.")
        }
        try await context.reply(.text("✅ Role-ping panel ready: https://discord.com/channels/\(environment.guildID)/\(channel)/\(message)"))
        await context.audit(action: "guild.role_ping_panel.posted", subject: message.description)
    }

    /// Redraws the remembered panel, or posts a new one when there is none (or it was deleted);
    /// nil when no role_ping channel is mapped, or with `onlyIfPosted` when no panel was ever posted.
    @discardableResult
    static func publish(_ environment: FeatureEnvironment, onlyIfPosted: Bool = false) async throws
        -> (channel: Snowflake, message: Snowflake)? {
        let channels = GuildChannelStore(database: environment.database)
        guard let (channel, remembered) = try await channels.panel(.rolePing, guildID: environment.guildID),
              remembered != nil || !onlyIfPosted else { return nil }
        let mappings = try await DungeonRolePings(database: environment.database, guildID: environment.guildID).all()
        let panel = RolePingPanelView.message(mappings)
        if let remembered {
            do {
                return (channel, try await environment.rest.editMessage(channelID: channel, messageID: remembered, panel).id)
            } catch let error as RESTError where error.status == 404 {
                // deleted by hand: post a new one below
            }
        }
        let message = try await environment.rest.createMessage(channelID: channel, MessageCreate(
            embeds: panel.embeds, components: panel.components, allowedMentions: AllowedMentions.none))
        try await channels.setPanelMessage(message.id, for: .rolePing, guildID: environment.guildID)
        return (channel, message.id)
    }

    /// Redraws the panel after `/configrolepings`; only if one was posted, and failures are logged.
    static func refresh(_ environment: FeatureEnvironment) async {
        do {
            try await publish(environment, onlyIfPosted: true)
        } catch {
            environment.logger.warning("role-ping panel not refreshed", metadata: ["error": "\(error)"])
        }
    }
}
