import DiscordModels
import DiscordREST
import Logging

/// The raid-log threads of §10.7: one thread per run, headcount or party in the `raid_log` channel,
/// opened from a starter embed. The caller keeps the thread id in the database (e.g.
/// `run.raid_log_thread_id`), so a restart posts into the same thread. Failures are logged only.
public struct RaidLog: Sendable {
    /// Discord's longest thread name.
    public static let maximumThreadName = 100
    /// Threads archive after a day of silence (posting into an archived thread reopens it).
    public static let autoArchiveMinutes = 1440

    public let rest: DiscordREST
    public let channels: GuildChannelStore
    public let guildID: Snowflake
    public let logger: Logger

    /// Creates the raid log for `environment`'s guild.
    public init(_ environment: FeatureEnvironment) {
        rest = environment.rest
        channels = GuildChannelStore(database: environment.database)
        guildID = environment.guildID
        logger = environment.logger
    }

    /// Posts `starter` in the raid_log channel and opens a thread named `name` on it; nil when the
    /// channel is unmapped or Discord refused.
    public func openThread(name: String, starter: Embed) async -> Snowflake? {
        do {
            guard let channelID = try await channels.channel(.raidLog, guildID: guildID) else { return nil }
            let message = try await rest.createMessage(channelID: channelID, MessageCreate(embeds: [starter]))
            let thread = try await rest.createThread(
                channelID: channelID, messageID: message.id,
                ThreadParameters(name: Self.threadName(name), autoArchiveDuration: Self.autoArchiveMinutes))
            return thread.id
        } catch {
            logger.warning("raid log thread not opened", metadata: ["error": "\(error)"])
            return nil
        }
    }

    /// Posts one event line into `thread`; false when Discord refused (logged).
    @discardableResult
    public func post(_ event: String, in thread: Snowflake) async -> Bool {
        do {
            _ = try await rest.createMessage(channelID: thread, MessageCreate(content: event))
            return true
        } catch {
            logger.warning("raid log post failed", metadata: ["thread": "\(thread)", "error": "\(error)"])
            return false
        }
    }

    /// Posts `event` into `thread`, opening the thread first when there is none yet (or it is gone);
    /// returns the thread used, for the caller to store.
    public func post(_ event: String, in thread: Snowflake?, orOpen name: String, starter: Embed) async -> Snowflake? {
        if let thread, await post(event, in: thread) { return thread }
        guard let opened = await openThread(name: name, starter: starter) else { return nil }
        await post(event, in: opened)
        return opened
    }

    /// Posts `event` into the thread stored as `stored` (opening one when there is none or it is
    /// gone) and hands a newly opened thread's id to `remember`, which stores it with its run,
    /// headcount or party. A failure to remember is logged; the line was posted.
    public func post(_ event: String, stored: UInt64?, orOpen name: String, starter: Embed,
                     remember: @Sendable (UInt64) async throws -> Void) async {
        guard let thread = await post(event, in: stored.map(Snowflake.init(rawValue:)), orOpen: name, starter: starter),
              thread.rawValue != stored else { return }
        do {
            try await remember(thread.rawValue)
        } catch {
            logger.warning("raid log thread not stored", metadata: ["thread": "\(thread)", "error": "\(error)"])
        }
    }

    /// `name` cut to Discord's limit.
    public static func threadName(_ name: String) -> String {
        name.count <= maximumThreadName ? name : String(name.prefix(maximumThreadName - 1)) + "…"
    }
}
