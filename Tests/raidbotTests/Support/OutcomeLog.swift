import BotKit
import DiscordModels
import Synchronization

/// Every interaction outcome the bot reported, across restarts; tests wait for the ones they sent.
final class OutcomeLog: Sendable {
    private struct State {
        var outcomes: [InteractionOutcome] = []
        var waiters: [(count: Int, id: Snowflake, continuation: CheckedContinuation<[InteractionOutcome], Never>)] = []
    }

    private let state = Mutex(State())

    func append(_ outcome: InteractionOutcome) {
        let ready = state.withLock { state -> [(CheckedContinuation<[InteractionOutcome], Never>, [InteractionOutcome])] in
            state.outcomes.append(outcome)
            var ready: [(CheckedContinuation<[InteractionOutcome], Never>, [InteractionOutcome])] = []
            state.waiters.removeAll { waiter in
                let seen = state.outcomes.filter { $0.interactionID == waiter.id }
                guard seen.count >= waiter.count else { return false }
                ready.append((waiter.continuation, seen))
                return true
            }
            return ready
        }
        for (continuation, seen) in ready { continuation.resume(returning: seen) }
    }

    /// The outcomes of interaction `id`, once at least `count` were reported.
    func outcomes(of id: Snowflake, count: Int = 1) async -> [InteractionOutcome] {
        await withCheckedContinuation { continuation in
            let seen = state.withLock { state -> [InteractionOutcome]? in
                let seen = state.outcomes.filter { $0.interactionID == id }
                if seen.count >= count { return seen }
                state.waiters.append((count, id, continuation))
                return nil
            }
            if let seen { continuation.resume(returning: seen) }
        }
    }

    /// Everything reported so far.
    var all: [InteractionOutcome] { state.withLock { $0.outcomes } }
}
