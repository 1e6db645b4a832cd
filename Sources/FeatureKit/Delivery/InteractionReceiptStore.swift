import BotKit
import CivilTime
import DiscordModels
import Storage

/// SQLite's memory of acknowledged and finished interactions (`interaction_receipt`), for the
/// router's replay safety. `complete(_:_:now:)` runs inside a handler's own transaction, so the
/// state change and "this interaction is done" commit together.
public struct InteractionReceiptStore: InteractionReceipts {
    let database: Database
    let clock: any BotClock

    /// Receipts in `database`, stamped by `clock`.
    public init(database: Database, clock: any BotClock) {
        self.database = database
        self.clock = clock
    }

    /// What the bot remembers of `interactionID`.
    public func status(of interactionID: Snowflake) async throws -> InteractionReceiptStatus? {
        try await database.fetchValue(OutboxQueries.receipt, interactionID, as: Bool.self).map { $0 ? .completed : .acknowledged }
    }

    /// Remembers that the callback of `interactionID` was accepted.
    public func acknowledged(_ interactionID: Snowflake) async throws {
        let now = clock.unixMilliseconds()
        try await database.write { try $0.execute(OutboxQueries.acknowledge, interactionID, now) }
    }

    /// Remembers that `interactionID` was handled to the end.
    public func completed(_ interactionID: Snowflake) async throws {
        let now = clock.unixMilliseconds()
        try await database.write { try Self.complete($0, interactionID, now: now) }
    }

    /// Marks `interactionID` handled inside the caller's transaction.
    public static func complete(_ connection: Connection, _ interactionID: Snowflake, now: Int64) throws {
        try connection.execute(OutboxQueries.complete, interactionID, now)
    }

    /// Forgets receipts acknowledged before `cutoff` (Discord re-delivers only recent interactions).
    public func sweep(before cutoff: Int64) async throws -> Int {
        try await database.write { try $0.execute(OutboxQueries.sweepReceipts, cutoff) }
    }
}
