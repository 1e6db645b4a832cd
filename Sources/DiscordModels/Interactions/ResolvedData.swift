/// Entities referenced by options or select values, keyed by id.
public struct ResolvedData: Codable, Hashable, Sendable {
    /// Users.
    public var users: [Snowflake: User]?
    /// Partial members (no `user`, `deaf`, `mute`): join with `users` by key.
    public var members: [Snowflake: Member]?
    /// Roles.
    public var roles: [Snowflake: Role]?
    /// Partial channels.
    public var channels: [Snowflake: Channel]?
    /// Messages (message commands).
    public var messages: [Snowflake: Message]?
    /// Attachments.
    public var attachments: [Snowflake: Attachment]?

    /// The resolved member `id` with its `user` filled in from `users` (Discord sends them apart).
    public func member(_ id: Snowflake) -> Member? {
        guard var member = members?[id] else { return nil }
        if member.user == nil { member.user = users?[id] }
        return member
    }

    /// Creates resolved data, e.g. in the sandbox.
    public init(users: [Snowflake: User]? = nil, members: [Snowflake: Member]? = nil, roles: [Snowflake: Role]? = nil,
                channels: [Snowflake: Channel]? = nil) {
        self.users = users
        self.members = members
        self.roles = roles
        self.channels = channels
    }
}
