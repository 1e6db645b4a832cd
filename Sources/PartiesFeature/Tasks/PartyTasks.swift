import FeatureKit
import BotKit
import RaidDomain

/// The party timer (§3.10, defect 18 fixed): every minute, driven only by the table and the
/// injected clock, so it survives restarts. Posts the 10- and 5-minute warnings into the thread
/// once each and auto-closes expired parties (post and thread deleted, "auto-close" logged).
enum PartyTasks {
    /// The one party task, every minute: a table-driven timer instead of the incumbent's in-memory ones.
    static func tasks(_ services: PartyServices) -> [ScheduledTask] {
        [ScheduledTask(name: "Party Timers", interval: .seconds(60)) { try await advanceTimers(services) }]
    }

    /// One pass over the open parties that warn or close soon, in batches of 10.
    static func advanceTimers(_ services: PartyServices) async throws -> TaskRunCounts {
        let due = try await services.store.partiesDue(at: services.now())
        return await BatchRunner.process(due, task: "Party Timers", logger: services.logger, label: { "party \($0)" }) { id in
            guard let (step, record) = try await services.store.advanceTimer(id, now: services.now()) else { return }
            switch step {
            case .wait: return
            case .warn(let minutesLeft, _): try await warn(record, minutesLeft: minutesLeft, services)
            case .close:
                let deleted = await services.deletePost(record)
                await services.raidLog(record, PartyPostView.closedLine(record, by: nil))
                await services.botLog("🚪 Party Closed (auto-close)", record, actor: nil)
                if !deleted { throw BotKitError(.discordError, detail: "party \(id) closed but its post was not deleted") }
            }
        }
    }

    /// Posts the warning into the post's thread; a refusal is this item's failure (the warning
    /// stays counted as sent: the table is the truth, and a late duplicate would be worse).
    static func warn(_ record: PartyRecord, minutesLeft: Int64, _ services: PartyServices) async throws {
        guard let thread = record.threadID else { return }
        _ = try await services.rest.createMessage(channelID: .init(thread),
                                                  PartyPostView.warning(record.post, minutesLeft: minutesLeft))
    }
}
