import DiscordModels
import RaidDomain
import Storage

/// The parent rows other tables point at (guild, member), created on first contact inside the
/// caller's write. `DO NOTHING`, never `DO UPDATE`: an existing row costs no page write.
public enum FirstContact {
    /// (guild, name, now)
    public static let ensureGuildSQL = """
        INSERT INTO guild (id, name, created_at) VALUES (?1, ?2, ?3)
        ON CONFLICT (id) DO NOTHING
        """
    /// (member, username or NULL, now)
    public static let ensureMemberSQL = """
        INSERT INTO member (id, username, created_at) VALUES (?1, ?2, ?3)
        ON CONFLICT (id) DO NOTHING
        """

    /// Makes sure the guild row exists (foreign keys of guild_role, guild_channel, run, audit …).
    public static func ensureGuild(_ connection: Connection, _ guildID: Snowflake, name: String = "Unknown",
                                   now: Int64) throws {
        try connection.execute(ensureGuildSQL, guildID, name, now)
    }

    /// Makes sure the member row exists (foreign keys of audit, run, reaction …).
    public static func ensureMember(_ connection: Connection, _ userID: Snowflake, username: String? = nil,
                                    now: Int64) throws {
        try connection.execute(ensureMemberSQL, userID, username, now)
    }

    /// Makes sure the member row exists, for a domain member id.
    public static func ensureMember(_ connection: Connection, _ member: MemberID, username: String?,
                                    now: Timestamp) throws {
        try connection.execute(ensureMemberSQL, member.rawValue, username, now.unixMilliseconds)
    }
}
