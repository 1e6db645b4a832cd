import BotKit
import FeatureKit

/// Forgets what replay safety, the outbox and DM conversations no longer need: finished outbox
/// items, interaction receipts and seen DMs older than a day (Discord re-delivers only within a
/// resumable session, and an interaction token lives 15 minutes), and conversations past their deadline.
enum DeliverySweep {
    static let keepMilliseconds: Int64 = 86_400_000

    static func task(_ environment: FeatureEnvironment, receipts: InteractionReceiptStore,
                     now: @escaping @Sendable () -> Int64) -> ScheduledTask {
        ScheduledTask(name: "delivery-sweep", interval: .seconds(3600)) {
            let current = now(), cutoff = current - keepMilliseconds
            let removed = try await environment.outbox.sweep(before: cutoff) + receipts.sweep(before: cutoff)
                + environment.conversations.sweep(now: current, seenBefore: cutoff)
            return TaskRunCounts(succeeded: removed)
        }
    }
}
