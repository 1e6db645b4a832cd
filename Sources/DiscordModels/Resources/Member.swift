/// A user's membership in a guild. In interactions it carries `permissions`; in MESSAGE_CREATE and
/// `resolved.members` it is partial (no `user`); GUILD_MEMBER_* events add `guild_id`.
public struct Member: Codable, Hashable, Sendable {
    /// The user, absent in partial members.
    public var user: User?
    /// The guild nickname.
    public var nick: String?
    /// Guild avatar hash.
    public var avatar: String?
    /// Role ids (the @everyone role is implicit).
    public var roles: [Snowflake]
    /// When the user joined (null for guest members).
    public var joinedAt: DiscordTimestamp?
    /// When the user started boosting.
    public var premiumSince: DiscordTimestamp?
    /// Deafened in voice.
    public var deaf: Bool?
    /// Muted in voice.
    public var mute: Bool?
    /// Member flags bitset.
    public var flags: Int?
    /// Not yet passed membership screening.
    public var pending: Bool?
    /// Total permissions in the interaction's channel, overwrites included (interactions only).
    public var permissions: Permissions?
    /// Timeout end; nil or in the past means not timed out.
    public var communicationDisabledUntil: DiscordTimestamp?
    /// The guild, present in GUILD_MEMBER_ADD/UPDATE dispatches.
    public var guildID: Snowflake?

    /// Creates a member, e.g. for the sandbox or tests.
    public init(user: User?, nick: String? = nil, roles: [Snowflake] = [], joinedAt: DiscordTimestamp? = nil,
                permissions: Permissions? = nil, communicationDisabledUntil: DiscordTimestamp? = nil,
                pending: Bool? = false, flags: Int? = 0, guildID: Snowflake? = nil) {
        self.user = user
        self.nick = nick
        self.roles = roles
        self.joinedAt = joinedAt
        self.permissions = permissions
        self.communicationDisabledUntil = communicationDisabledUntil
        self.pending = pending
        self.flags = flags
        self.guildID = guildID
        self.deaf = false
        self.mute = false
    }

    /// Decodes tolerantly: every field is optional and a malformed one is dropped. A malformed
    /// `roles` or `permissions` reads as none, so authorization fails closed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        user = container.soft(User.self, forKey: .user)
        nick = container.soft(String.self, forKey: .nick)
        avatar = container.soft(String.self, forKey: .avatar)
        roles = container.soft([Snowflake].self, forKey: .roles) ?? []
        joinedAt = container.soft(DiscordTimestamp.self, forKey: .joinedAt)
        premiumSince = container.soft(DiscordTimestamp.self, forKey: .premiumSince)
        deaf = container.soft(Bool.self, forKey: .deaf)
        mute = container.soft(Bool.self, forKey: .mute)
        flags = container.soft(Int.self, forKey: .flags)
        pending = container.soft(Bool.self, forKey: .pending)
        permissions = container.soft(Permissions.self, forKey: .permissions)
        communicationDisabledUntil = container.soft(DiscordTimestamp.self, forKey: .communicationDisabledUntil)
        guildID = container.soft(Snowflake.self, forKey: .guildID)
    }

    /// True when a timeout is set and ends after `unixMilliseconds` (pass the injected clock's now).
    public func isTimedOut(atUnixMilliseconds now: Int64) -> Bool {
        guard let until = communicationDisabledUntil else { return false }
        return until.unixMilliseconds > now
    }

    enum CodingKeys: String, CodingKey {
        case user, nick, avatar, roles, deaf, mute, flags, pending, permissions
        case joinedAt = "joined_at"
        case premiumSince = "premium_since"
        case communicationDisabledUntil = "communication_disabled_until"
        case guildID = "guild_id"
    }
}
