import FeatureKit
import BotKit
import DiscordModels
import DiscordREST
import RaidDomain

/// The run upkeep of §9: auto-ending expired runs (5 min) and deleting the run roles the bot
/// created whose run is over (15 min), in batches of 10 with real success and failure counts;
/// and forgetting organizer panels whose interaction token expired (15 min).
enum RunTasks {
    /// Roles younger than this are left alone: their run may still be being created.
    static let orphanGraceSeconds: Int64 = 600

    static func tasks(_ services: RunServices) -> [ScheduledTask] {
        [ScheduledTask(name: "Expired Runs", interval: .seconds(300)) { try await endExpiredRuns(services) },
         ScheduledTask(name: "Orphaned Run Roles", interval: .seconds(900)) { try await deleteOrphanedRoles(services) },
         ScheduledTask(name: "Expired Organizer Panels", interval: .seconds(900)) {
             TaskRunCounts(succeeded: try await services.panels.sweepExpired())
         }]
    }

    /// Auto-ends every active run past its `auto_end_minutes`, crediting like End when it was live.
    static func endExpiredRuns(_ services: RunServices) async throws -> TaskRunCounts {
        let expired = try await services.store.expiredRuns(at: services.now())
        return await BatchRunner.process(expired, task: "Expired Runs", logger: services.logger, label: { "run \($0)" }) {
            runID in
            let record = try await services.record(runID)
            let roles = await services.organizerRoles(of: record.state)
            let outcome = try await services.store.perform(runID, member: record.state.organizer, organizerRoles: roles,
                                                           now: services.now()) { _ in .autoEnd }.get()
            await RunAftermath.follow(outcome, services: services, actorID: nil)
        }
    }

    /// Deletes bot-created run roles whose run ended (or never got created); never any other role.
    static func deleteOrphanedRoles(_ services: RunServices) async throws -> TaskRunCounts {
        let cutoff = services.now().adding(seconds: -orphanGraceSeconds)
        let roles = try await services.store.orphanedRoles(createdBefore: cutoff)
        return await BatchRunner.process(roles, task: "Orphaned Run Roles", logger: services.logger, label: { "role \($0)" }) {
            role in
            guard await services.deleteRunRole(role) else {
                throw BotKitError(.discordError, detail: "role \(role) not deleted")
            }
        }
    }
}
