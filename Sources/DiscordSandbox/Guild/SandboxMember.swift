import DiscordModels

/// A guild member: a user with roles, a nickname and maybe a timeout.
public struct SandboxMember: Sendable, Hashable {
    /// The user behind the membership.
    public var user: SandboxUser
    /// The guild nickname, when set.
    public var nick: String?
    /// The member's role ids (without @everyone, as Discord sends them).
    public var roleIDs: [Snowflake]
    /// When the member joined (ISO 8601).
    public var joinedAt: String
    /// Timeout end (ISO 8601), when the member is timed out.
    public var communicationDisabledUntil: String?

    /// Creates a member.
    public init(user: SandboxUser, nick: String? = nil, roleIDs: [Snowflake] = [], joinedAt: String? = nil,
                communicationDisabledUntil: String? = nil) {
        self.user = user
        self.nick = nick
        self.roleIDs = roleIDs
        self.joinedAt = joinedAt ?? ISOTimestamp.string(unixMilliseconds: user.id.unixMilliseconds)
        self.communicationDisabledUntil = communicationDisabledUntil
    }

    /// The member's user id.
    public var id: Snowflake { user.id }

    /// The member object as Discord sends it; `permissions` is added in interaction payloads.
    func wire(permissions: Permissions? = nil) -> JSONValue {
        var object: [String: JSONValue] = [
            "user": user.wire, "nick": nick.map(JSONValue.string) ?? .null,
            "roles": .array(roleIDs.map(JSONValue.id)), "joined_at": .string(joinedAt),
            "deaf": .bool(false), "mute": .bool(false), "pending": .bool(false), "flags": .int(0),
            "avatar": .null, "banner": .null, "premium_since": .null,
            "communication_disabled_until": communicationDisabledUntil.map(JSONValue.string) ?? .null,
        ]
        if let permissions { object["permissions"] = .string(permissions.description) }
        return .object(object)
    }
}
