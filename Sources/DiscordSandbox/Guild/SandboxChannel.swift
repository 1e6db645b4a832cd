import DiscordModels

/// A guild channel, thread or DM channel.
public struct SandboxChannel: Sendable, Hashable {
    /// Discord channel types the sandbox serves.
    public enum Kind: Int, Sendable {
        /// A text channel (0).
        case text = 0
        /// A DM with one user (1).
        case directMessage = 1
        /// A voice channel (2).
        case voice = 2
        /// A category (4).
        case category = 4
        /// A public thread (11).
        case publicThread = 11
        /// A private thread (12).
        case privateThread = 12
    }

    /// The channel's snowflake.
    public var id: Snowflake
    /// The channel name (DMs have none on Discord; the sandbox uses the recipient's name).
    public var name: String
    /// The channel type.
    public var kind: Kind
    /// The category or, for threads, the parent channel.
    public var parentID: Snowflake?
    /// The topic, when set.
    public var topic: String?
    /// The sort position.
    public var position: Int
    /// For DMs, the other user.
    public var recipientID: Snowflake?
    /// For threads, whether it is archived.
    public var archived: Bool

    /// Creates a channel.
    public init(
        id: Snowflake, name: String, kind: Kind = .text, parentID: Snowflake? = nil, topic: String? = nil,
        position: Int = 0, recipientID: Snowflake? = nil, archived: Bool = false
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.topic = topic
        self.position = position
        self.recipientID = recipientID
        self.archived = archived
    }

    /// Whether this is a thread.
    public var isThread: Bool { kind == .publicThread || kind == .privateThread }

    /// The channel object as Discord sends it (guild id added for guild channels).
    func wire(guildID: Snowflake, recipient: SandboxUser? = nil) -> JSONValue {
        var object: [String: JSONValue] = ["id": .id(id), "type": .int(kind.rawValue), "flags": .int(0)]
        if kind == .directMessage {
            object["recipients"] = .array(recipient.map { [$0.wire] } ?? [])
            object["last_message_id"] = .null
            return .object(object)
        }
        object["guild_id"] = .id(guildID)
        object["name"] = .string(name)
        object["position"] = .int(position)
        object["parent_id"] = parentID.map(JSONValue.id) ?? .null
        object["topic"] = topic.map(JSONValue.string) ?? .null
        object["permission_overwrites"] = .array([])
        object["nsfw"] = .bool(false)
        if isThread {
            object["thread_metadata"] = .object([
                "archived": .bool(archived), "auto_archive_duration": .int(1440), "locked": .bool(false),
                "archive_timestamp": .string(ISOTimestamp.string(unixMilliseconds: id.unixMilliseconds)),
            ])
        }
        return .object(object)
    }
}
