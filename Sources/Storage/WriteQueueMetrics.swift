/// A snapshot of the writer queue, for the storage benchmark and the bot's metrics.
public struct WriteQueueMetrics: Sendable, Hashable {
    /// Write jobs waiting or running now (including callers that have reserved a slot).
    public var depth: Int
    /// The highest depth seen since the database opened.
    public var peakDepth: Int
    /// Transactions committed (or attempted) by the writer: one per drained batch.
    public var batches: Int
    /// Write jobs enqueued for the writer so far (counted when enqueued, after the slot wait).
    public var jobs: Int
    /// Callers that had to wait because the queue was full.
    public var waitsForRoom: Int

    /// Average jobs per transaction: how much group commit is saving.
    public var jobsPerBatch: Double { batches == 0 ? 0 : Double(jobs) / Double(batches) }
}
