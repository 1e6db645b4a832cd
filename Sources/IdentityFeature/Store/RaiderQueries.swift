/// The SQL of the identity feature, one statement per use. `ign` and `alt_ign` are `COLLATE NOCASE`
/// (schema 0001), so every `=` below compares IGNs case-insensitively and uses the IGN indexes.
enum RaiderQueries {
    /// The member's raider row. (guild, user)
    static let record = """
        SELECT user_id, status, ign, alt_ign, modmail_blacklisted FROM raider WHERE guild_id = ?1 AND user_id = ?2
        """
    /// Another member holding `name` as main or alt. (guild, user, name)
    static let holder = """
        SELECT user_id FROM raider WHERE guild_id = ?1 AND user_id <> ?2 AND ign = ?3
        UNION ALL
        SELECT user_id FROM raider WHERE guild_id = ?1 AND user_id <> ?2 AND alt_ign = ?3
        LIMIT 1
        """
    /// Marks the member verified under `ign`, creating the row if needed; an existing row keeps its
    /// modmail blacklist columns. (guild, user, ign, nickname, now)
    static let verify = """
        INSERT INTO raider (guild_id, user_id, nickname, status, verified_at, created_at, ign)
        VALUES (?1, ?2, ?4, 'approved', ?5, ?5, ?3)
        ON CONFLICT (guild_id, user_id) DO UPDATE SET status = 'approved', verified_at = excluded.verified_at,
            ign = excluded.ign, alt_ign = NULL, nickname = excluded.nickname
        """
    /// Takes the member out of verification: names freed, status back to pending; the modmail
    /// blacklist columns are deliberately untouched (defect 27). (guild, user)
    static let unverify = """
        UPDATE raider SET status = 'pending', ign = NULL, alt_ign = NULL, nickname = NULL, verified_at = NULL
        WHERE guild_id = ?1 AND user_id = ?2
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
