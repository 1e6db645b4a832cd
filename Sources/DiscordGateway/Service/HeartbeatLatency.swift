import Synchronization

/// The last heartbeat's round trip (send to ACK), shared between the run loop that measures it
/// and whoever reports it (`/ping`); a Mutex because those are different tasks.
final class HeartbeatLatency: Sendable {
    private let state = Mutex<(sentAt: Duration?, latest: Duration?)>((nil, nil))

    /// Notes that a heartbeat went out at `instant` on the service's clock.
    func heartbeatSent(at instant: Duration) {
        state.withLock { $0.sentAt = instant }
    }

    /// Completes the measurement when the ACK for the outstanding heartbeat arrives.
    func acknowledged(at instant: Duration) {
        state.withLock { state in
            guard let sentAt = state.sentAt else { return }
            state.latest = instant - sentAt
            state.sentAt = nil
        }
    }

    /// The most recent round trip, nil before the first ACK.
    var latest: Duration? { state.withLock { $0.latest } }
}
