import Synchronization

/// Whether the gateway session is established, written by the run loop and read by anyone (the
/// bot's health endpoint) without waiting on the loop.
final class GatewayLiveness: Sendable {
    private let live = Atomic<Bool>(false)

    var isLive: Bool {
        get { live.load(ordering: .acquiring) }
        set { live.store(newValue, ordering: .releasing) }
    }
}
