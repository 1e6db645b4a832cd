import BotKit
import DiscordModels
import FeatureKit

/// RealmEye refusing the bot (403 or 429) is staff's business: retrying at once will not help, and
/// every member verifying by RealmEye is stuck until it passes. The first refusal posts a plain
/// notice in the guild's bot_log channel (veri_log when no bot_log is mapped) through the outbox;
/// further refusals stay quiet for 30 minutes. When the last notice went out is read from the
/// outbox itself (its rows are kept a day), inside the write that enqueues the next one, so two
/// members refused at once cannot both post.
enum RealmEyeBlockNotice {
    /// How long after a notice another refusal stays quiet.
    static let quietMilliseconds: Int64 = 30 * 60_000

    /// The outbox topic of the guild's notices.
    static func topic(_ guildID: Snowflake) -> String { "realmeye_blocked:\(guildID)" }

    /// The notice staff read.
    static func text(status: Int) -> String {
        "⚠️ RealmEye is refusing the bot's requests (HTTP \(status)). Members verifying by RealmEye are told to try "
            + "again later or use the Manual Screenshot method. No further notice for 30 minutes."
    }

    /// Enqueues the notice unless one was enqueued in the last 30 minutes or no log channel is
    /// mapped; true when enqueued. Failures are logged: the member's answer does not depend on it.
    @discardableResult
    static func report(status: Int, _ services: VerificationServices) async -> Bool {
        let now = services.now(), guildID = services.guildID
        do {
            let channels = GuildChannelStore(database: services.environment.database)
            var mapped = try await channels.channel(.botLog, guildID: guildID)
            if mapped == nil { mapped = try await channels.channel(.verificationLog, guildID: guildID) }
            guard let channelID = mapped else { return false }
            let item = OutboxItem.notice(channelID: channelID, topic: topic(guildID), content: text(status: status))
            let enqueued = try await services.environment.database.write { connection -> Bool in
                let last = try connection.fetchOne("SELECT max(created_at) FROM outbox WHERE target = ?1", item.target) {
                    try $0.get(0, as: Int64?.self)
                } ?? nil
                if let last, now - last < quietMilliseconds { return false }
                try Outbox.enqueue([item], connection, now: now)
                return true
            }
            if enqueued {
                services.environment.outbox.nudge()
                services.logger.warning("RealmEye block reported to staff", metadata: ["status": "\(status)"])
            }
            return enqueued
        } catch {
            services.logger.error("RealmEye block notice not enqueued", metadata: ["error": "\(error)"])
            return false
        }
    }
}
