/// The SQL of the identity feature, one statement per use. `ign` and `alt_ign` are `COLLATE NOCASE`
/// (schema 0001), so every `=` below compares IGNs case-insensitively and uses the IGN indexes.
/// The statements verification shares with the self-service flow are `RaiderVerification`'s.
enum RaiderQueries {
    /// The member's raider row. (guild, user)
    static let record = """
        SELECT user_id, status, ign, alt_ign, modmail_blacklisted FROM raider WHERE guild_id = ?1 AND user_id = ?2
        """
    /// Replaces the main IGN. (guild, user, ign, nickname)
    static let setMain = """
        UPDATE raider SET ign = ?3, nickname = ?4 WHERE guild_id = ?1 AND user_id = ?2 AND status = 'approved'
        """
    /// Sets or (NULL) clears the alt IGN. (guild, user, alt, nickname)
    static let setAlt = """
        UPDATE raider SET alt_ign = ?3, nickname = ?4 WHERE guild_id = ?1 AND user_id = ?2 AND status = 'approved'
        """
    /// `/forcesync`: the member verified under the names read from their nickname; the blacklist
    /// columns of an existing row are kept. (guild, user, ign, alt, nickname, now)
    static let bulkSync = """
        INSERT INTO raider (guild_id, user_id, nickname, status, verified_at, created_at, ign, alt_ign)
        VALUES (?1, ?2, ?5, 'approved', ?6, ?6, ?3, ?4)
        ON CONFLICT (guild_id, user_id) DO UPDATE SET status = 'approved', verified_at = excluded.verified_at,
            ign = excluded.ign, alt_ign = excluded.alt_ign, nickname = excluded.nickname
        """
}
