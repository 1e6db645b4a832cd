import FeatureKit
import BotKit
import DiscordModels

/// `/setroles` (§8.2): maps the bot's internal roles to Discord roles. Discord Administrator only;
/// the mapping feeds RoleHierarchy through GuildRoleStore, the one authority.
enum SetRolesCommand {
    /// The declaration: ten optional role options, one per `role_catalog` key.
    static let declaration = CommandDeclaration(
        name: "setroles", description: "Map the bot's internal roles to Discord roles (Discord Administrator only)",
        options: MappingOptions.definitions(.role, for: GuildRole.self),
        gate: .discordAdministrator, deferStyle: .publicReply, rateLimit: .commandConfig,
        usage: "/setroles [administrator:@role] [moderator:@role] … [muted:@role]",
        examples: ["/setroles organizer:@Raid Leader verified_raider:@Verified"])

    /// Validates, writes the mapping and its audit row in one transaction, replies with the result
    /// and logs the change to bot_log.
    static func handle(_ context: InteractionContext, environment: FeatureEnvironment) async throws {
        guard let guildID = context.guildID else { throw BotKitError(.validation, detail: "setroles outside a guild") }
        let updates = MappingOptions.updates(context.commandData, as: GuildRole.self)
        try MappingOptions.requireSome(updates, noun: "role")
        try refuseUnmappable(updates, guildID: guildID, resolved: context.commandData?.resolved)
        let now = context.clock.unixMilliseconds()
        let change = try await GuildRoleStore(database: environment.database)
            .setRoles(updates, guildID: guildID, actorID: context.userID, now: now)
        try await context.reply(Reply(embeds: [MappingView.reply(title: "✅ Role configuration updated", change: change)]))
        await LogChannels(environment).post(
            MappingView.logEntry(kind: "Role Mappings", actorID: context.userID, change: change, at: now), to: .botLog)
    }

    /// @everyone and integration-managed roles cannot stand for a rank: @everyone would hand every
    /// member that rank, and a managed role cannot be given to members.
    static func refuseUnmappable(_ updates: [GuildRole: Snowflake], guildID: Snowflake, resolved: ResolvedData?) throws {
        for (key, roleID) in updates.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            try refuseUnusable(roleID, guildID: guildID, resolved: resolved, purpose: "mapped as **\(key.label)**")
        }
    }

    /// Refuses @everyone and integration-managed roles for `purpose` ("mapped as **Organizer**",
    /// "a dungeon ping role"): neither can be handed to the right members.
    static func refuseUnusable(_ roleID: Snowflake, guildID: Snowflake, resolved: ResolvedData?, purpose: String) throws {
        if roleID == guildID {
            throw BotKitError(.validation, detail: "@everyone as \(purpose)",
                              userMessage: "❌ @everyone can't be \(purpose): pick a dedicated role.")
        }
        if resolved?.roles?[roleID]?.managed == true {
            throw BotKitError(.validation, detail: "managed role as \(purpose)",
                              userMessage: "❌ <@&\(roleID)> is managed by an integration and can't be \(purpose).")
        }
    }
}
