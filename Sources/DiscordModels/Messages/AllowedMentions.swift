/// Which mentions in a message actually ping; always sent explicitly when echoing user input.
public struct AllowedMentions: Codable, Hashable, Sendable {
    /// Mention kinds parsed from content: "users", "roles", "everyone".
    public var parse: [String]
    /// Users allowed to be pinged (≤100; exclusive with "users" in `parse`).
    public var users: [Snowflake]?
    /// Roles allowed to be pinged (≤100; exclusive with "roles" in `parse`).
    public var roles: [Snowflake]?
    /// Ping the author of the replied-to message.
    public var repliedUser: Bool?

    /// Creates an explicit allow-list.
    public init(parse: [String] = [], users: [Snowflake]? = nil, roles: [Snowflake]? = nil, repliedUser: Bool? = nil) {
        self.parse = parse
        self.users = users
        self.roles = roles
        self.repliedUser = repliedUser
    }

    /// Pings nobody.
    public static let none = AllowedMentions()

    enum CodingKeys: String, CodingKey {
        case parse, users, roles
        case repliedUser = "replied_user"
    }
}
