import RaidDomain
import Storage

/// Whether a member is suspended right now: the one query runs, headcounts and moderation meet in
/// (defect 28). Literal `active = 1`, so SQLite can use the partial `idx_punishment_active`.
public enum Suspensions {
    /// (guild, user, now)
    public static let isSuspendedSQL = """
        SELECT EXISTS (SELECT 1 FROM punishment
            WHERE guild_id = ?1 AND user_id = ?2 AND active = 1 AND type = 'suspend' AND expires_at > ?3)
        """

    /// True while `member` has an active, unexpired suspension in `guildID`.
    public static func isSuspended(_ connection: Connection, guildID: UInt64, member: MemberID,
                                   now: Timestamp) throws -> Bool {
        try connection.fetchValue(isSuspendedSQL, guildID, member.rawValue, now.unixMilliseconds, as: Bool.self) ?? false
    }
}
