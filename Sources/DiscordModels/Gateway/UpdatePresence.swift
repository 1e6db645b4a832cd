/// op 3: set the bot's status and activity.
public struct UpdatePresence: GatewayCommandPayload, Hashable {
    /// Sent with op 3.
    public static let opcode = GatewayOpcode.presenceUpdate
    /// Unix ms since idle, or nil (sent as null).
    public var since: Int64?
    /// Activities shown.
    public var activities: [Activity]
    /// "online", "dnd", "idle", "invisible" or "offline".
    public var status: String
    /// AFK.
    public var afk: Bool

    /// Creates a presence.
    public init(status: String = "online", activities: [Activity] = [], since: Int64? = nil, afk: Bool = false) {
        self.status = status
        self.activities = activities
        self.since = since
        self.afk = afk
    }

    /// Always writes `since` (null when nil), which Discord requires.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(since, forKey: .since)
        try container.encode(activities, forKey: .activities)
        try container.encode(status, forKey: .status)
        try container.encode(afk, forKey: .afk)
    }

    enum CodingKeys: String, CodingKey {
        case since, activities, status, afk
    }
}
