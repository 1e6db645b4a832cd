import CivilTime
import Synchronization

/// A clock that moves only when told: sleepers wake when `advance` passes their deadline. For
/// deterministic tests of BotKit and of the features built on it; test support, never linked
/// into the bot.
public final class ManualBotClock: BotClock {
    private let state: Mutex<State>

    private struct State {
        var now: Duration = .zero
        var wallOrigin: Int64 = 0
        var nextID = 0
        var sleepers: [Int: (deadline: Duration, continuation: CheckedContinuation<Void, any Error>)] = [:]
        var cancelled: Set<Int> = []
    }

    /// Creates a clock at monotonic zero whose wall clock starts at `unixMilliseconds`.
    public init(unixMilliseconds: Int64 = 1_767_225_600_000) {
        var initial = State()
        initial.wallOrigin = unixMilliseconds
        state = Mutex(initial)
    }

    /// Current monotonic time.
    public func now() -> Duration { state.withLock { $0.now } }

    /// Wall time: origin plus elapsed monotonic time.
    public func unixMilliseconds() -> Int64 {
        state.withLock { $0.wallOrigin + Self.milliseconds($0.now) }
    }

    /// The number of tasks currently asleep on this clock (lets tests wait until a sleeper is parked).
    public var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    /// Moves time forward and wakes every sleeper whose deadline has come.
    public func advance(by amount: Duration) {
        let due: [CheckedContinuation<Void, any Error>] = state.withLock { state in
            state.now += amount
            let ready = state.sleepers.filter { $0.value.deadline <= state.now }
            for id in ready.keys { state.sleepers[id] = nil }
            return ready.sorted { $0.value.deadline < $1.value.deadline }.map(\.value.continuation)
        }
        for continuation in due { continuation.resume() }
    }

    /// Suspends until `advance` reaches `deadline`, or throws on cancellation.
    public func sleep(until deadline: Duration) async throws {
        let id: Int = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let action: Result<Void, any Error>? = state.withLock { state in
                    if state.cancelled.remove(id) != nil { return .failure(CancellationError()) }
                    if deadline <= state.now { return .success(()) }
                    state.sleepers[id] = (deadline, continuation)
                    return nil
                }
                if let action { continuation.resume(with: action) }
            }
        } onCancel: {
            let continuation = state.withLock { state -> CheckedContinuation<Void, any Error>? in
                guard let sleeper = state.sleepers.removeValue(forKey: id) else {
                    state.cancelled.insert(id)
                    return nil
                }
                return sleeper.continuation
            }
            continuation?.resume(throwing: CancellationError())
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
