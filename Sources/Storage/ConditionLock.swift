#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A pthread mutex and condition variable guarding one value: the writer and reader threads sleep
/// on it while their queues are empty (they are real threads, so blocking here never starves
/// Swift's cooperative pool). `Synchronization.Mutex` has no condition variable and needs macOS 15.
///
/// `@unchecked Sendable` because it wraps C handles made for cross-thread use: `state` is only
/// touched while the mutex is held, and the handles live in stable heap memory freed in deinit.
final class ConditionLock<State: Sendable>: @unchecked Sendable {
    /// Whom to wake after a change: nobody (reads), one sleeper (one new job), or all (closing).
    enum Wake { case none, one, all }

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var state: State

    init(_ initial: State) {
        state = initial
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Runs `body` on the state while holding the mutex, then wakes sleepers as `wake` says.
    func withLock<T>(wake: Wake = .all, _ body: (inout State) throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer {
            notify(wake)
            pthread_mutex_unlock(mutex)
        }
        return try body(&state)
    }

    /// Sleeps until `ready` holds, then runs `body` on the state, all under the mutex.
    func waitUntil<T>(_ ready: (State) -> Bool, then body: (inout State) throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while !ready(state) { pthread_cond_wait(condition, mutex) }
        return try body(&state)
    }

    private func notify(_ wake: Wake) {
        switch wake {
        case .none: break
        case .one: pthread_cond_signal(condition)
        case .all: pthread_cond_broadcast(condition)
        }
    }
}
