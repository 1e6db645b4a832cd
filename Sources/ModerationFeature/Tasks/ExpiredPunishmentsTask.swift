import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// The Expired Punishments task (§9 row 2), every 2 minutes, driven only by the table and the
/// injected clock: each suspension or mute past its expiry is marked processed, its role removal
/// enqueued in the same transaction (so a restart lifts it exactly once), and logged. Members who
/// left are marked processed too; an unmapped role leaves the row for the next pass, as the
/// incumbent did.
enum ExpiredPunishmentsTask {
    /// The task's name in logs and metrics.
    static let name = "Expired Punishments"

    /// The one task.
    static func tasks(_ services: ModerationServices) -> [ScheduledTask] {
        [ScheduledTask(name: name, interval: .seconds(120)) { try await pass(services) }]
    }

    /// One pass over the due rows, in batches of 10.
    static func pass(_ services: ModerationServices) async throws -> TaskRunCounts {
        let due = try await services.store.expiredDue(now: services.now())
        guard !due.isEmpty else { return TaskRunCounts() }
        let roles = try await services.roles()
        let counts = await BatchRunner.process(due, task: name, logger: services.logger, label: { "punishment \($0)" }) { id in
            try await expire(id, roles: roles, services)
        }
        services.environment.outbox.nudge()
        return counts
    }

    /// Expires one row: finds whether the member is still here and holds the role, then records
    /// the processing and the role removal together, then posts to punishment_log.
    static func expire(_ id: String, roles: [GuildRole: Snowflake], _ services: ModerationServices) async throws {
        guard let record = try await services.store.punishment(id), record.isActive else { return }
        guard let key = record.kind.role, let role = roles[key] else {
            throw ModerationRefusal.roleNotConfigured(record.kind.role ?? .suspended)
        }
        let now = services.now()
        let member = try await services.rest.findMember(guildID: services.guildID,
                                                      userID: Snowflake(record.userID))
        let stillNeeded = try await services.store.anotherInForce(than: record, now: now)
        let removeRole = !stillNeeded && (member?.roles.contains(role) ?? false)
        let removal: OutboxItem? = removeRole ? .memberRole(
            guildID: services.guildID, userID: Snowflake(record.userID), roleID: role, present: false,
            reason: "\(record.kind.noun) expired") : nil
        guard let expired = try await services.store.expire(id, roleRemoval: removal, now: now) else { return }
        await services.punishmentLog(RemovalViews.expired(expired, roleRemoved: removeRole, at: now))
    }
}
