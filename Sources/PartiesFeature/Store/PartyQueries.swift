/// The party finder's SQL, in one place so the plan test and the store read the same text.
enum PartyQueries {
    /// One party of the guild. (id, guild)
    static let party = """
        SELECT id, owner_id, name, description, location, channel_id, message_id, thread_id, raid_log_thread_id,
               status, created_at, expires_at, warnings_sent, close_reason
        FROM party WHERE id = ?1 AND guild_id = ?2
        """
    /// The dungeons of a party, in the order given.
    static let dungeons = "SELECT dungeon_key FROM party_dungeon WHERE party_id = ?1 ORDER BY position"
    /// Whether the member has an open party (uq_party_open_owner). (guild, owner)
    static let openPartyOfOwner = "SELECT id FROM party WHERE guild_id = ?1 AND owner_id = ?2 AND status = 'open'"
    /// The member's posts since a moment (idx_party_owner_created). (guild, owner, since)
    static let recentCreations = """
        SELECT created_at FROM party WHERE guild_id = ?1 AND owner_id = ?2 AND created_at > ?3
        """
    /// A new open post. (guild, owner, name, description, location, channel, created, expires)
    static let insertParty = """
        INSERT INTO party (guild_id, owner_id, name, description, location, channel_id, created_at, expires_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id
        """
    /// One listed dungeon. (party, key, position)
    static let insertDungeon = "INSERT INTO party_dungeon (party_id, dungeon_key, position) VALUES (?1, ?2, ?3)"
    /// The posted message and its thread. (id, message, thread)
    static let setPost = "UPDATE party SET message_id = ?2, thread_id = ?3 WHERE id = ?1"
    /// The party's raid-log thread. (id, thread)
    static let setRaidLogThread = "UPDATE party SET raid_log_thread_id = ?2 WHERE id = ?1"
    /// Forgets a party whose message never got posted. (id)
    static let discardUnposted = "DELETE FROM party WHERE id = ?1 AND message_id IS NULL"
    /// Closes an open party. (id, closed at, reason)
    static let close = """
        UPDATE party SET status = 'closed', closed_at = ?2, close_reason = ?3 WHERE id = ?1 AND status = 'open'
        """
    /// A new expiry and the warnings it counts as sent. (id, expires, warnings)
    static let extend = "UPDATE party SET expires_at = ?2, warnings_sent = ?3 WHERE id = ?1 AND status = 'open'"
    /// Warnings sent so far. (id, warnings)
    static let setWarnings = "UPDATE party SET warnings_sent = ?2 WHERE id = ?1 AND status = 'open'"
    /// Open parties that warn or close by a moment, soonest first (idx_party_open_expires). The `+`
    /// keeps the planner off idx_party_owner_created, which would scan every party of the guild.
    /// (horizon, guild)
    static let openDueBy = """
        SELECT id FROM party WHERE status = 'open' AND expires_at <= ?1 AND +guild_id = ?2 ORDER BY expires_at
        """
}
