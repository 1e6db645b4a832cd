import DiscordModels
import DiscordREST
import Logging

/// Posts activity embeds to the guild's configured log channels (bot_log, punishment_log …, §10.7).
/// An unmapped channel is skipped silently; a failed post is logged, never the member's problem.
public struct LogChannels: Sendable {
    public let rest: DiscordREST
    public let channels: GuildChannelStore
    public let guildID: Snowflake
    public let logger: Logger

    /// Creates the poster for `environment`'s guild.
    public init(_ environment: FeatureEnvironment) {
        rest = environment.rest
        channels = GuildChannelStore(database: environment.database)
        guildID = environment.guildID
        logger = environment.logger
    }

    /// Posts `embed` (with optional `content`, pinging only what `allowedMentions` allows) to the
    /// channel mapped to `key`; returns the message, or nil when skipped or failed.
    @discardableResult
    public func post(_ embed: Embed, to key: GuildChannelKey, content: String? = nil,
                     allowedMentions: AllowedMentions = .none) async -> Message? {
        do {
            guard let channelID = try await channels.channel(key, guildID: guildID) else { return nil }
            return try await rest.createMessage(channelID: channelID, MessageCreate(
                content: content, embeds: [embed], allowedMentions: allowedMentions))
        } catch {
            logger.warning("log channel post failed", metadata: ["channel.key": "\(key.rawValue)", "error": "\(error)"])
            return nil
        }
    }
}
