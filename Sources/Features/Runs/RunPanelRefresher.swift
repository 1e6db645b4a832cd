import RaidDomain

/// Coalesces public-panel edits per run: while one edit is in flight, further requests only mark
/// the run dirty, and the caller already drawing draws once more with the latest state. A burst of
/// 80 joins costs a handful of edits instead of 80 queued behind Discord's rate limit.
actor RunPanelRefresher {
    private var drawing: Set<RunID> = []
    private var dirty: Set<RunID> = []

    /// Draws `runID` now, or leaves it to the caller already drawing it.
    func refresh(_ runID: RunID, draw: @Sendable () async -> Void) async {
        guard !drawing.contains(runID) else {
            dirty.insert(runID)
            return
        }
        drawing.insert(runID)
        repeat {
            dirty.remove(runID)
            await draw()
        } while dirty.contains(runID)
        drawing.remove(runID)
    }
}
