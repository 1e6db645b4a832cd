import Synchronization

/// The highest gateway sequence up to which every dispatch was handled to the end. The saved
/// session never runs ahead of it, so a restarted bot resumes from there and Discord re-delivers
/// whatever this process received but did not finish: on SIGTERM the dispatches that arrived
/// while it drained, on SIGKILL the ones in flight. Receipts make the repeats harmless.
final class DispatchWatermark: Sendable {
    /// One dispatch being handled.
    struct Ticket: Sendable {
        fileprivate let generation: Int
        fileprivate let sequence: Int
    }

    private struct State {
        var generation = 0
        var highestHanded: Int?
        var inFlight: Set<Int> = []
    }

    private let state = Mutex(State())

    /// A new session (READY) numbers its dispatches from 1 again: start over at `sequence`.
    func restart(at sequence: Int?) {
        state.withLock { $0 = State(generation: $0.generation + 1, highestHanded: sequence) }
    }

    /// `sequence` is being handed to a handler; `end` the ticket when it is done.
    func begin(_ sequence: Int) -> Ticket {
        state.withLock { state in
            state.highestHanded = max(state.highestHanded ?? sequence, sequence)
            state.inFlight.insert(sequence)
            return Ticket(generation: state.generation, sequence: sequence)
        }
    }

    /// The dispatch of `ticket` was handled to the end.
    func end(_ ticket: Ticket) {
        state.withLock { state in
            guard state.generation == ticket.generation else { return }
            state.inFlight.remove(ticket.sequence)
        }
    }

    /// `sequence` needs no handler (not an interaction): handed and done at once.
    func pass(_ sequence: Int) {
        end(begin(sequence))
    }

    /// The sequence a restarted bot may safely resume from, if any dispatch was handled.
    var safeSequence: Int? {
        state.withLock { state in
            if let oldest = state.inFlight.min() { return oldest - 1 }
            return state.highestHanded
        }
    }
}
