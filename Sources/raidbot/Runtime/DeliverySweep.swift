import BotKit
import FeatureKit

/// Forgets what replay safety and the outbox no longer need: finished outbox items and interaction
/// receipts older than a day (Discord re-delivers only within a resumable session, and an
/// interaction token lives 15 minutes).
enum DeliverySweep {
    static let keepMilliseconds: Int64 = 86_400_000

    static func task(outbox: Outbox, receipts: InteractionReceiptStore, now: @escaping @Sendable () -> Int64)
        -> ScheduledTask {
        ScheduledTask(name: "delivery-sweep", interval: .seconds(3600)) {
            let cutoff = now() - keepMilliseconds
            let removed = try await outbox.sweep(before: cutoff) + receipts.sweep(before: cutoff)
            return TaskRunCounts(succeeded: removed)
        }
    }
}
