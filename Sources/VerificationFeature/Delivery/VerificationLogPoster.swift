import DiscordModels
import DiscordREST
import FeatureKit

/// Posts a member's recorded verification lines into their veri_log thread (§7.8), oldest first,
/// each stamped once posted; run by the outbox (a `redraw` of `veri_log:<user>`). A "verification
/// started" line opens a new thread "Verification - <tag> - <t:ts:t>" and it becomes the member's
/// newest; later lines go there (unarchived when needed). A thread that cannot be used is replaced by
/// a new one, and when no thread can be made the line goes into the channel itself.
enum VerificationLogPoster {
    /// Posts what `userID` still owes veri_log.
    static func deliver(_ userID: String, _ services: VerificationServices) async throws {
        guard let user = Snowflake(userID) else { return }
        let store = services.verificationLog, guild = services.guildID
        let entries = try await store.unposted(user)
        guard !entries.isEmpty else { return }
        let channel = try await GuildChannelStore(database: services.environment.database).channel(.verificationLog, guildID: guild)
        // A thread already posted in during this delivery is open: it is not read again per line.
        var openThreads: Set<Snowflake> = []
        for entry in entries {
            if let channel {
                let line = VerificationLogViews.line(entry)
                var posted = false
                if !entry.startsThread, let thread = try await store.thread(guild: guild, user: user) {
                    posted = try await post(line, inThread: thread, knownOpen: openThreads.contains(thread), services)
                    if posted { openThreads.insert(thread) }
                }
                if !posted {
                    // Only a new thread needs the member's tag in its name.
                    let tag = if let known = entry.event.tag { known } else { await services.username(user) ?? user.description }
                    try await postInNewThread(entry, line, tag: tag, channel: channel, services)
                }
            }
            try await store.markPosted(entry.id, now: services.now())
        }
    }

    /// Posts into `thread`, unarchiving it first unless it is `knownOpen`; false when Discord refuses the thread.
    private static func post(_ line: MessageCreate, inThread thread: Snowflake, knownOpen: Bool,
                             _ services: VerificationServices) async throws -> Bool {
        do {
            if !knownOpen, try await services.rest.getChannel(channelID: thread).threadMetadata?.archived == true {
                _ = try await services.rest.editChannel(channelID: thread, ChannelParameters(archived: false))
            }
            _ = try await services.rest.createMessage(channelID: thread, line)
            return true
        } catch let error as RESTError where error.isClientRefusal {
            services.logger.info("verification log thread unusable; opening another", metadata: ["error": "\(error)"])
            return false
        }
    }

    /// Opens the member's new thread and posts there; the channel itself when no thread can be made.
    private static func postInNewThread(_ entry: VerificationLogEntry, _ line: MessageCreate, tag: String, channel: Snowflake,
                                        _ services: VerificationServices) async throws {
        let name = String("Verification - \(tag) - <t:\(entry.createdAt / 1000):t>".prefix(100))
        do {
            let thread = try await services.rest.createThread(channelID: channel, ThreadParameters(
                name: name, autoArchiveDuration: 60, type: .publicThread))
            try await services.verificationLog.setThread(thread.id, guild: services.guildID, user: entry.event.userID,
                                                         now: services.now())
            _ = try await services.rest.createMessage(channelID: thread.id, line)
        } catch let error as RESTError where error.isClientRefusal {
            services.logger.info("verification log thread not opened; posting in the channel", metadata: ["error": "\(error)"])
            _ = try await services.rest.createMessage(channelID: channel, line)
        }
    }
}
