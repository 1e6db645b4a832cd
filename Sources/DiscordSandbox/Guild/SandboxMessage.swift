import DiscordModels

/// A message the sandbox holds: what the bot (or a test) posted, with edits applied.
public struct SandboxMessage: Sendable, Hashable {
    /// The message's snowflake.
    public var id: Snowflake
    /// The channel it is in.
    public var channelID: Snowflake
    /// Who posted it.
    public var author: SandboxUser
    /// The body fields as last sent (content, embeds, components, flags, ...), edits merged in.
    public var fields: [String: JSONValue]
    /// How many times it was edited.
    public var editCount: Int
    /// The interaction it answers, for interaction responses and follow-ups.
    public var interactionID: Snowflake?

    /// Creates a message.
    public init(id: Snowflake, channelID: Snowflake, author: SandboxUser, fields: [String: JSONValue],
                editCount: Int = 0, interactionID: Snowflake? = nil) {
        self.id = id
        self.channelID = channelID
        self.author = author
        self.fields = fields
        self.editCount = editCount
        self.interactionID = interactionID
    }

    /// The text content ("" when none).
    public var content: String { fields["content"]?.asString ?? "" }
    /// The embeds as sent.
    public var embeds: [JSONValue] { fields["embeds"]?.asArray ?? [] }
    /// The top-level components as sent.
    public var components: [JSONValue] { fields["components"]?.asArray ?? [] }
    /// The message flags (64 = ephemeral).
    public var flags: Int { fields["flags"]?.asInt ?? 0 }
    /// The emoji the bot reacted with, in order.
    public var reactions: [String] { (fields["reactions"]?.asArray ?? []).compactMap { $0["emoji"]?["name"]?.asString } }
    /// Whether only the invoking member sees it.
    public var isEphemeral: Bool { flags & 64 != 0 }

    /// Every `custom_id` in the component tree, depth first (buttons, selects, inputs).
    public var customIDs: [String] { ComponentTree.customIDs(in: components) }

    /// The message object as Discord sends it.
    func wire(guildID: Snowflake?) -> JSONValue {
        var object = fields
        object["nonce"] = nil
        object["enforce_nonce"] = nil
        object["allowed_mentions"] = nil
        object["message_reference"] = nil
        object["id"] = .id(id)
        object["channel_id"] = .id(channelID)
        object["author"] = author.wire
        object["type"] = .int(interactionID == nil ? 0 : 19)
        object["timestamp"] = .string(ISOTimestamp.string(unixMilliseconds: id.unixMilliseconds))
        object["edited_timestamp"] = editCount == 0 ? .null : object["edited_timestamp"] ?? .null
        object["content"] = .string(content)
        object["embeds"] = .array(embeds)
        object["components"] = .array(components)
        object["flags"] = .int(flags)
        object["tts"] = .bool(false)
        object["mention_everyone"] = .bool(false)
        object["mentions"] = .array([])
        object["mention_roles"] = .array([])
        object["attachments"] = fields["attachments"] ?? .array([])
        object["pinned"] = fields["pinned"] ?? .bool(false)
        if let guildID { object["guild_id"] = .id(guildID) }
        return .object(object)
    }
}

/// Walks a component tree (rows, containers, sections, labels) to find interactive components.
enum ComponentTree {
    /// Every `custom_id` in the tree, depth first.
    static func customIDs(in components: [JSONValue]) -> [String] {
        flatten(components).compactMap { $0["custom_id"]?.asString }
    }

    /// The component whose `custom_id` equals `customID`, if any.
    static func component(withCustomID customID: String, in components: [JSONValue]) -> JSONValue? {
        flatten(components).first { $0["custom_id"]?.asString == customID }
    }

    /// All components, parents before children.
    static func flatten(_ components: [JSONValue]) -> [JSONValue] {
        components.flatMap { component -> [JSONValue] in
            var children = component["components"]?.asArray ?? []
            if let inner = component["component"] { children.append(inner) }
            if let accessory = component["accessory"] { children.append(accessory) }
            return [component] + flatten(children)
        }
    }
}
