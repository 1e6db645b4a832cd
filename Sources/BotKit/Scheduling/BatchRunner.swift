import Logging

/// Processes a task's items in batches of 10 (§9): items in a batch run concurrently, one item's
/// failure is logged and never stops the others, and the counts are real.
public enum BatchRunner {
    /// The batch size of every scheduled task.
    public static let batchSize = 10

    /// Runs `operation` over `items`, `batchSize` at a time; `label` names an item in the log.
    public static func process<Item: Sendable>(
        _ items: [Item], batchSize: Int = BatchRunner.batchSize, task: String, logger: Logger,
        label: @escaping @Sendable (Item) -> String = { _ in "item" },
        _ operation: @escaping @Sendable (Item) async throws -> Void
    ) async -> TaskRunCounts {
        var counts = TaskRunCounts()
        var start = items.startIndex
        while start < items.endIndex {
            let batch = items[start..<min(start + batchSize, items.endIndex)]
            counts = counts + (await processBatch(Array(batch), task: task, logger: logger, label: label, operation))
            start += batchSize
        }
        return counts
    }

    private static func processBatch<Item: Sendable>(
        _ batch: [Item], task: String, logger: Logger, label: @escaping @Sendable (Item) -> String,
        _ operation: @escaping @Sendable (Item) async throws -> Void
    ) async -> TaskRunCounts {
        await withTaskGroup(of: Bool.self) { group in
            for item in batch {
                group.addTask {
                    do {
                        try await operation(item)
                        return true
                    } catch {
                        logger.error("scheduled task item failed", metadata: [
                            "task": "\(task)", "item": "\(label(item))", "error": "\(error)",
                        ])
                        return false
                    }
                }
            }
            var counts = TaskRunCounts()
            for await succeeded in group {
                if succeeded { counts.succeeded += 1 } else { counts.failed += 1 }
            }
            return counts
        }
    }
}
