/// Counts 401/403/429 responses over a sliding window (Discord bans an IP at 10,000 per 10 minutes),
/// in 60 fixed slots so memory stays constant however many responses arrive.
struct InvalidRequestWindow: Sendable {
    private static let slotCount = 60
    private var slots: [(index: Int64, count: Int)] = Array(repeating: (-1, 0), count: slotCount)
    private let slotLength: Duration

    /// Creates an empty window of length `window`.
    init(window: Duration) {
        slotLength = max(window / Self.slotCount, .milliseconds(1))
    }

    /// Counts one invalid response at `now`.
    mutating func record(at now: Duration) {
        let index = slotIndex(now)
        let position = Int(index % Int64(Self.slotCount))
        if slots[position].index == index {
            slots[position].count += 1
        } else {
            slots[position] = (index, 1)
        }
    }

    /// Invalid responses within the window ending at `now`.
    func count(at now: Duration) -> Int {
        let current = slotIndex(now)
        return slots.reduce(0) { total, slot in
            slot.index > current - Int64(Self.slotCount) && slot.index <= current ? total + slot.count : total
        }
    }

    private func slotIndex(_ now: Duration) -> Int64 {
        Int64(now / slotLength)
    }

}
