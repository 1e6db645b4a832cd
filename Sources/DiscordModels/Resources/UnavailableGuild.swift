/// A guild stub in READY or GUILD_DELETE: only the id and whether it is unavailable.
public struct UnavailableGuild: Codable, Hashable, Sendable {
    /// The guild's id.
    public var id: Snowflake
    /// True during an outage; absent/false in GUILD_DELETE means the bot was removed.
    public var unavailable: Bool?

    /// Creates a stub.
    public init(id: Snowflake, unavailable: Bool? = true) {
        self.id = id
        self.unavailable = unavailable
    }
}
