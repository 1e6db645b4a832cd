import FeatureKit
import BotKit
import DiscordModels

/// `/setchannels` (§8.3): maps the bot's channel keys (raid, logs, panels) to text channels.
/// Discord Administrator only.
enum SetChannelsCommand {
    /// The declaration: thirteen optional text-channel options, one per `channel_catalog` key.
    static let declaration = CommandDeclaration(
        name: "setchannels", description: "Map the bot's channels: raid, logs, panels (Discord Administrator only)",
        options: MappingOptions.definitions(.channel, for: GuildChannelKey.self, channelTypes: [.guildText]),
        gate: .discordAdministrator, deferStyle: .publicReply, rateLimit: .commandConfig,
        usage: "/setchannels [raid:#channel] [raid_log:#channel] … [early_loc:#channel]",
        examples: ["/setchannels raid:#raids raid_log:#raid-log bot_log:#bot-log"])

    /// Validates, writes the mapping and its audit row in one transaction, replies with the result
    /// and logs the change to bot_log (the new bot_log channel, when that is what changed).
    static func handle(_ context: InteractionContext, environment: FeatureEnvironment) async throws {
        guard let guildID = context.guildID else { throw BotKitError(.validation, detail: "setchannels outside a guild") }
        let updates = MappingOptions.updates(context.commandData, as: GuildChannelKey.self)
        try MappingOptions.requireSome(updates, noun: "channel")
        try refuseNonText(updates, resolved: context.commandData?.resolved)
        let now = context.clock.unixMilliseconds()
        let change = try await GuildChannelStore(database: environment.database)
            .setChannels(updates, guildID: guildID, actorID: context.userID, now: now)
        try await context.reply(Reply(embeds: [MappingView.reply(title: "✅ Channel configuration updated", change: change)]))
        await LogChannels(environment).post(
            MappingView.logEntry(kind: "Channel Mappings", actorID: context.userID, change: change, at: now), to: .botLog)
    }

    /// Discord enforces `channel_types`, but a stale client can still send another kind: refuse it.
    static func refuseNonText(_ updates: [GuildChannelKey: Snowflake], resolved: ResolvedData?) throws {
        for (key, channelID) in updates.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard let channel = resolved?.channels?[channelID], channel.type != .guildText else { continue }
            throw BotKitError(.validation, detail: "non-text channel for \(key.rawValue)",
                              userMessage: "❌ <#\(channelID)> isn't a text channel; **\(key.label)** needs one.")
        }
    }
}
