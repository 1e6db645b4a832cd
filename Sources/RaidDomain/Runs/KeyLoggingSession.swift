/// The post-run key-logging panel (§2.3, §3.5) as a value, so it can be persisted and survive a
/// restart (defect 18): how many keys remain to be credited to key poppers.
public struct KeyLoggingSession: Hashable, Sendable {
    /// Discord selects hold at most 25 options.
    public static let maximumChoices = 25

    /// The ended run.
    public let runID: RunID
    /// Its dungeon, which decides the key-pop points.
    public let dungeon: Dungeon
    /// Keys still to log; the panel closes at zero.
    public internal(set) var remaining: Int

    /// The session for a run that just ended: one slot per key type for multi-key dungeons, else
    /// one per key pop (at least one).
    public init(runID: RunID, dungeon: Dungeon, keyPops: Int) {
        self.init(runID: runID, dungeon: dungeon, remaining: dungeon.keyLoggingSlots(keyPops: keyPops))
    }

    /// A session loaded from storage.
    public init(runID: RunID, dungeon: Dungeon, remaining: Int) {
        self.runID = runID
        self.dungeon = dungeon
        self.remaining = remaining
    }

    /// Whether every key has been logged.
    public var isComplete: Bool { remaining <= 0 }

    /// The counts the key-count select offers: 1 up to the remaining keys, at most 25.
    public var countChoices: ClosedRange<Int>? {
        isComplete ? nil : 1...min(remaining, Self.maximumChoices)
    }

    /// The session after logging `count` keys, or a refusal when the count is not on offer.
    public func logging(_ count: Int) -> Result<KeyLoggingSession, InputProblem> {
        guard let choices = countChoices, choices.contains(count) else {
            return .failure(.numberOutOfRange(field: "The number of keys", minimum: 1, maximum: max(1, countChoices?.upperBound ?? 1)))
        }
        var next = self
        next.remaining -= count
        return .success(next)
    }
}
