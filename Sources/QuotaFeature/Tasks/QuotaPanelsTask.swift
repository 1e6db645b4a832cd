import BotKit
import FeatureKit
import RaidDomain

/// The Quota Panels task (§9), every 10 minutes: rolls over the periods that ended (their final
/// boards and fresh panels queued in the same transaction), then queues a redraw of every panel
/// that exists, so the boards follow role changes and the passing of time even without activity.
enum QuotaPanelsTask {
    static let name = "Quota Panels"

    static func tasks(_ services: QuotaServices) -> [ScheduledTask] {
        [ScheduledTask(name: name, interval: .seconds(600)) { try await pass(services) }]
    }

    /// One pass; counts the roles rolled over and the panels queued.
    static func pass(_ services: QuotaServices) async throws -> TaskRunCounts {
        let now = services.now(), guildID = services.guildID.rawValue
        let rolled = try await QuotaRollover.pass(services.database, guildID: guildID, now: now)
        let shown = try await QuotaConfigEditor(services).records().filter { $0.panelMessageID != nil && !rolled.contains($0.roleID) }
        if !shown.isEmpty {
            try await services.database.write { connection in
                try Outbox.enqueue(shown.map { .redraw(panel: PointsLedger.quotaPanel($0.roleID)) }, connection,
                                   now: now.unixMilliseconds)
            }
        }
        services.environment.outbox.nudge()
        return TaskRunCounts(succeeded: rolled.count + shown.count)
    }
}
