/// The SQL of the outbox and the interaction receipts.
enum OutboxQueries {
    /// (target, kind, payload, coalesce key, now, next attempt)
    static let insert = """
        INSERT INTO outbox (target, kind, payload, coalesce_key, created_at, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        """
    /// The pending items, oldest first. (limit)
    static let pending = """
        SELECT id, target, payload, coalesce_key, next_attempt_at, attempts, created_at FROM outbox
        WHERE done_at IS NULL ORDER BY id LIMIT ?1
        """
    /// (id, now, outcome)
    static let finish = "UPDATE outbox SET done_at = ?2, outcome = ?3 WHERE id = ?1 AND done_at IS NULL"
    /// Older pending items of a coalesce key than `id`. (key, id, now)
    static let supersede = """
        UPDATE outbox SET done_at = ?3, outcome = 'superseded'
        WHERE coalesce_key = ?1 AND id < ?2 AND done_at IS NULL
        """
    /// (id, attempts, next attempt)
    static let retry = "UPDATE outbox SET attempts = ?2, next_attempt_at = ?3 WHERE id = ?1"
    /// Pending count and the oldest pending creation time.
    static let stats = "SELECT count(*), min(created_at) FROM outbox WHERE done_at IS NULL"
    /// Finished items older than a cutoff. (cutoff)
    static let sweep = "DELETE FROM outbox WHERE done_at IS NOT NULL AND done_at < ?1"

    /// (interaction, now)
    static let acknowledge = """
        INSERT INTO interaction_receipt (interaction_id, acknowledged_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING
        """
    /// (interaction, now)
    static let complete = """
        INSERT INTO interaction_receipt (interaction_id, acknowledged_at, completed_at) VALUES (?1, ?2, ?2)
        ON CONFLICT (interaction_id) DO UPDATE SET completed_at = coalesce(completed_at, excluded.completed_at)
        """
    /// (interaction)
    static let receipt = "SELECT completed_at IS NOT NULL FROM interaction_receipt WHERE interaction_id = ?1"
    /// (cutoff)
    static let sweepReceipts = "DELETE FROM interaction_receipt WHERE acknowledged_at < ?1"
}
