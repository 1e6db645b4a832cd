/// The SQL of the DM conversation layer.
enum DMConversationQueries {
    /// (user, kind, step, state, now, expires)
    static let upsert = """
        INSERT INTO dm_conversation (user_id, kind, step, state, updated_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (user_id, kind) DO UPDATE SET step = excluded.step, state = excluded.state,
            updated_at = excluded.updated_at, expires_at = excluded.expires_at
        """
    /// (user, kind)
    static let delete = "DELETE FROM dm_conversation WHERE user_id = ?1 AND kind = ?2"
    /// The member's newest conversation still open. (user, now)
    static let newestOpen = """
        SELECT user_id, kind, step, state, expires_at FROM dm_conversation
        WHERE user_id = ?1 AND expires_at > ?2 ORDER BY updated_at DESC, kind LIMIT 1
        """
    /// (message)
    static let seen = "SELECT EXISTS (SELECT 1 FROM dm_message_seen WHERE message_id = ?1)"
    /// (message, now)
    static let markSeen = "INSERT INTO dm_message_seen (message_id, seen_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING"
    /// (now)
    static let expire = "DELETE FROM dm_conversation WHERE expires_at <= ?1"
    /// (cutoff)
    static let sweepSeen = "DELETE FROM dm_message_seen WHERE seen_at < ?1"
}
