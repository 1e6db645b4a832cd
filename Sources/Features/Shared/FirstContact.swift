import DiscordModels
import Storage

/// The parent rows other tables point at (guild, member), created on first contact inside the
/// caller's write. `DO NOTHING`, never `DO UPDATE`: an existing row costs no page write.
public enum FirstContact {
    /// Makes sure the guild row exists (foreign keys of guild_role, guild_channel, run, audit …).
    public static func ensureGuild(_ connection: Connection, _ guildID: Snowflake, name: String = "Unknown",
                                   now: Int64) throws {
        try connection.execute(RunQueries.ensureGuild, guildID, name, now)
    }

    /// Makes sure the member row exists (foreign keys of audit, run, reaction …).
    public static func ensureMember(_ connection: Connection, _ userID: Snowflake, username: String? = nil,
                                    now: Int64) throws {
        try connection.execute(RunQueries.ensureMember, userID, username, now)
    }
}
