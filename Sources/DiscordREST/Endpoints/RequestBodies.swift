import DiscordModels

// Request and response bodies of endpoints DiscordModels has no type for (a table of wire shapes).

/// A field of a PATCH body: left out, set to a value, or cleared with JSON null.
public enum PatchField<Value: Encodable & Sendable>: Sendable {
    /// Not sent: Discord keeps the current value.
    case unchanged
    /// Sent with this value.
    case set(Value)
    /// Sent as null: Discord removes the value (nickname, timeout).
    case remove
}

extension KeyedEncodingContainer {
    mutating func encode<Value>(_ field: PatchField<Value>, forKey key: Key) throws {
        switch field {
        case .unchanged: break
        case .set(let value): try encode(value, forKey: key)
        case .remove: try encodeNil(forKey: key)
        }
    }
}

/// Changes to a guild member: nickname, whole role set, timeout.
public struct MemberModification: Encodable, Sendable {
    /// The nickname (≤ 32 characters; `.remove` resets it).
    public var nick: PatchField<String>
    /// The complete role set (replaces every role).
    public var roles: PatchField<[Snowflake]>
    /// Timeout end, at most 28 days ahead (`.remove` lifts the timeout).
    public var timeoutUntil: PatchField<DiscordTimestamp>

    /// Creates a modification; unchanged fields are not sent.
    public init(nick: PatchField<String> = .unchanged, roles: PatchField<[Snowflake]> = .unchanged,
                timeoutUntil: PatchField<DiscordTimestamp> = .unchanged) {
        self.nick = nick
        self.roles = roles
        self.timeoutUntil = timeoutUntil
    }

    enum CodingKeys: String, CodingKey {
        case nick, roles
        case timeoutUntil = "communication_disabled_until"
    }

    /// Encodes only the fields that change.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nick, forKey: .nick)
        try container.encode(roles, forKey: .roles)
        try container.encode(timeoutUntil, forKey: .timeoutUntil)
    }
}

/// Fields of a role to create or edit; nil fields are not sent.
public struct RoleParameters: Encodable, Sendable {
    /// The role name.
    public var name: String?
    /// The role's permissions.
    public var permissions: Permissions?
    /// RGB colour.
    public var color: Int?
    /// Shown separately in the member list.
    public var hoist: Bool?
    /// Anyone may mention it.
    public var mentionable: Bool?

    /// Creates role parameters.
    public init(name: String? = nil, permissions: Permissions? = nil, color: Int? = nil, hoist: Bool? = nil,
                mentionable: Bool? = nil) {
        self.name = name
        self.permissions = permissions
        self.color = color
        self.hoist = hoist
        self.mentionable = mentionable
    }
}

/// Fields of a channel to create or edit; nil fields are not sent.
public struct ChannelParameters: Encodable, Sendable {
    /// The channel name.
    public var name: String?
    /// The channel type (create only).
    public var type: ChannelType?
    /// The topic.
    public var topic: String?
    /// The category.
    public var parentID: Snowflake?
    /// Per-role and per-member permission overwrites.
    public var permissionOverwrites: [PermissionOverwrite]?
    /// Sorting position.
    public var position: Int?
    /// Threads only: archived (a closed modmail ticket's thread).
    public var archived: Bool?
    /// Threads only: only moderators may unarchive it.
    public var locked: Bool?

    /// Creates channel parameters.
    public init(name: String? = nil, type: ChannelType? = nil, topic: String? = nil, parentID: Snowflake? = nil,
                permissionOverwrites: [PermissionOverwrite]? = nil, position: Int? = nil, archived: Bool? = nil,
                locked: Bool? = nil) {
        self.name = name
        self.type = type
        self.topic = topic
        self.parentID = parentID
        self.permissionOverwrites = permissionOverwrites
        self.position = position
        self.archived = archived
        self.locked = locked
    }

    enum CodingKeys: String, CodingKey {
        case name, type, topic, position, archived, locked
        case parentID = "parent_id"
        case permissionOverwrites = "permission_overwrites"
    }
}

/// A thread to start, in a channel or from a message.
public struct ThreadParameters: Encodable, Sendable {
    /// The thread name (1–100).
    public var name: String
    /// Minutes of inactivity before it archives (60, 1440, 4320, 10080).
    public var autoArchiveDuration: Int?
    /// Public (11) or private (12) thread; only for threads without a message.
    public var type: ChannelType?
    /// Whether non-moderators may invite others to a private thread.
    public var invitable: Bool?

    /// Creates thread parameters.
    public init(name: String, autoArchiveDuration: Int? = nil, type: ChannelType? = nil, invitable: Bool? = nil) {
        self.name = name
        self.autoArchiveDuration = autoArchiveDuration
        self.type = type
        self.invitable = invitable
    }

    enum CodingKeys: String, CodingKey {
        case name, type, invitable
        case autoArchiveDuration = "auto_archive_duration"
    }
}

/// A ban entry of a guild.
public struct Ban: Decodable, Sendable, Hashable {
    /// Why the user was banned.
    public var reason: String?
    /// The banned user.
    public var user: User
}

/// The outcome of a bulk ban.
public struct BulkBanResult: Decodable, Sendable, Hashable {
    /// Users now banned.
    public var bannedUsers: [Snowflake]
    /// Users that could not be banned.
    public var failedUsers: [Snowflake]

    enum CodingKeys: String, CodingKey {
        case bannedUsers = "banned_users"
        case failedUsers = "failed_users"
    }
}

struct BulkDeleteBody: Encodable {
    var messages: [Snowflake]
}

struct BanBody: Encodable {
    var deleteMessageSeconds: Int
    enum CodingKeys: String, CodingKey { case deleteMessageSeconds = "delete_message_seconds" }
}

struct BulkBanBody: Encodable {
    var userIDs: [Snowflake]
    var deleteMessageSeconds: Int
    enum CodingKeys: String, CodingKey {
        case userIDs = "user_ids"
        case deleteMessageSeconds = "delete_message_seconds"
    }
}

struct OpenDMBody: Encodable {
    var recipientID: Snowflake
    enum CodingKeys: String, CodingKey { case recipientID = "recipient_id" }
}

struct NickBody: Encodable {
    var nick: String?
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nick, forKey: .nick)  // null resets the nickname
    }
    enum CodingKeys: String, CodingKey { case nick }
}
