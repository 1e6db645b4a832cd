/// Bot commands (presence, member requests) waiting for a send slot; bounded so a stuck gateway cannot grow it.
struct GatewayCommandQueue {
    /// The most commands held; older ones are dropped first (a newer presence supersedes an older one).
    static let capacity = 256
    private var frames: [String] = []
    /// True while a wake-up for the next free slot is pending.
    var slotTimerArmed = false

    var isEmpty: Bool { frames.isEmpty }

    mutating func enqueue(_ frame: String) {
        if frames.count >= Self.capacity {
            frames.removeFirst()
        }
        frames.append(frame)
    }

    func peek() -> String? { frames.first }

    mutating func removeFirst() { frames.removeFirst() }
}
