/// op 8: ask for member chunks (all members: at most once per guild per 30 s).
public struct RequestGuildMembers: GatewayCommandPayload, Hashable {
    /// Sent with op 8.
    public static let opcode = GatewayOpcode.requestGuildMembers
    /// The guild.
    public var guildID: Snowflake
    /// Username prefix ("" for all, with limit 0).
    public var query: String?
    /// Maximum members (0 = all, with query "").
    public var limit: Int
    /// Include presences.
    public var presences: Bool?
    /// Specific users (≤100).
    public var userIDs: [Snowflake]?
    /// Echoed in the chunks (≤32 bytes).
    public var nonce: String?

    /// Creates a request.
    public init(guildID: Snowflake, query: String? = nil, limit: Int = 0, userIDs: [Snowflake]? = nil, nonce: String? = nil) {
        self.guildID = guildID
        self.query = query
        self.limit = limit
        self.userIDs = userIDs
        self.nonce = nonce
    }

    enum CodingKeys: String, CodingKey {
        case query, limit, presences, nonce
        case guildID = "guild_id"
        case userIDs = "user_ids"
    }
}
