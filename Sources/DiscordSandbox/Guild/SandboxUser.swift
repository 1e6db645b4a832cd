import DiscordModels

/// A Discord user the sandbox knows: the bot or a member a test acts as.
public struct SandboxUser: Sendable, Hashable {
    /// The user's snowflake.
    public var id: Snowflake
    /// The unique username.
    public var username: String
    /// The display name, when set.
    public var globalName: String?
    /// Whether this is a bot account.
    public var isBot: Bool
    /// Whether the user accepts DMs from the bot (false makes DM sends fail with 50007).
    public var acceptsDMs: Bool

    /// Creates a user.
    public init(id: Snowflake, username: String, globalName: String? = nil, isBot: Bool = false, acceptsDMs: Bool = true) {
        self.id = id
        self.username = username
        self.globalName = globalName
        self.isBot = isBot
        self.acceptsDMs = acceptsDMs
    }

    /// The user object as Discord sends it.
    var wire: JSONValue {
        var object: [String: JSONValue] = [
            "id": .id(id), "username": .string(username), "discriminator": .string("0"),
            "global_name": globalName.map(JSONValue.string) ?? .null, "avatar": .null,
            // Required by the spec's UserResponse (zero and null for a plain account).
            "public_flags": .int(0), "flags": .int(0), "primary_guild": .null,
        ]
        if isBot { object["bot"] = .bool(true) }
        return .object(object)
    }
}
