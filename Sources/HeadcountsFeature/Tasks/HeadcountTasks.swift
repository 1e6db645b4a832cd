import FeatureKit
import RunsFeature
import BotKit
import DiscordModels
import RaidDomain

/// The headcount upkeep: hourly, headcounts active for a day are ended (the incumbent dropped its
/// in-memory ones after 24 h; ours are persisted, so they are closed properly instead).
enum HeadcountTasks {
    static func tasks(_ services: HeadcountServices) -> [ScheduledTask] {
        [ScheduledTask(name: "Stale Headcounts", interval: .seconds(3600)) { try await endStaleHeadcounts(services) }]
    }

    /// Ends every active headcount older than 24 hours, as the bot.
    static func endStaleHeadcounts(_ services: HeadcountServices) async throws -> TaskRunCounts {
        let now = services.now()
        let stale = try await services.store.staleHeadcounts(at: now)
        return await BatchRunner.process(stale, task: "Stale Headcounts", logger: services.logger,
                                         label: { "headcount \($0)" }) { id in
            let (record, _) = try await services.headcount(id)
            guard record.state.isStale(at: now) else { return }
            let owner = RunActor(member: record.state.organizer, isStaff: false)
            let outcome = try await services.store.perform(id, member: owner.member, byBot: true, now: now) { _ in
                .end(by: owner)
            }.get()
            await services.closed(outcome.record, line: "⏰ Headcount ended automatically after 24 hours", actorID: nil)
        }
    }
}
