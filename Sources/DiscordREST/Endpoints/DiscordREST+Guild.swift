import DiscordModels

/// The guild, its roles, channels, threads, and direct messages.
extension DiscordREST {
    /// Reads the guild.
    public func getGuild(guildID: Snowflake) async throws -> Guild {
        try await call(.get, "/guilds/\(guildID)")
    }

    /// Lists the guild's roles.
    public func listRoles(guildID: Snowflake) async throws -> [Role] {
        try await call(.get, "/guilds/\(guildID)/roles")
    }

    /// Creates a role.
    public func createRole(guildID: Snowflake, _ parameters: RoleParameters, reason: String? = nil) async throws -> Role {
        try await call(.post, "/guilds/\(guildID)/roles", body: parameters, reason: reason)
    }

    /// Edits a role.
    public func editRole(guildID: Snowflake, roleID: Snowflake, _ parameters: RoleParameters,
                         reason: String? = nil) async throws -> Role {
        try await call(.patch, "/guilds/\(guildID)/roles/\(roleID)", body: parameters, reason: reason)
    }

    /// Deletes a role.
    public func deleteRole(guildID: Snowflake, roleID: Snowflake, reason: String? = nil) async throws {
        try await perform(.delete, "/guilds/\(guildID)/roles/\(roleID)", reason: reason)
    }

    /// Lists the guild's channels (threads excluded).
    public func listChannels(guildID: Snowflake) async throws -> [Channel] {
        try await call(.get, "/guilds/\(guildID)/channels")
    }

    /// Creates a channel.
    public func createChannel(guildID: Snowflake, _ parameters: ChannelParameters,
                              reason: String? = nil) async throws -> Channel {
        try await call(.post, "/guilds/\(guildID)/channels", body: parameters, reason: reason)
    }

    /// Reads a channel or thread.
    public func getChannel(channelID: Snowflake) async throws -> Channel {
        try await call(.get, "/channels/\(channelID)")
    }

    /// Edits a channel (names and topics have a 2 per 10 minutes sub-limit).
    public func editChannel(channelID: Snowflake, _ parameters: ChannelParameters,
                            reason: String? = nil) async throws -> Channel {
        try await call(.patch, "/channels/\(channelID)", body: parameters, reason: reason)
    }

    /// Deletes a channel or thread.
    public func deleteChannel(channelID: Snowflake, reason: String? = nil) async throws {
        try await perform(.delete, "/channels/\(channelID)", reason: reason)
    }

    /// Starts a thread in a channel, not attached to a message.
    public func createThread(channelID: Snowflake, _ parameters: ThreadParameters,
                             reason: String? = nil) async throws -> Channel {
        try await call(.post, "/channels/\(channelID)/threads", body: parameters, reason: reason)
    }

    /// Starts a thread from a message.
    public func createThread(channelID: Snowflake, messageID: Snowflake, _ parameters: ThreadParameters,
                             reason: String? = nil) async throws -> Channel {
        try await call(.post, "/channels/\(channelID)/messages/\(messageID)/threads", body: parameters, reason: reason)
    }

    /// Adds a member to a thread.
    public func addThreadMember(channelID: Snowflake, userID: Snowflake) async throws {
        try await perform(.put, "/channels/\(channelID)/thread-members/\(userID)")
    }

    /// Removes a member from a thread.
    public func removeThreadMember(channelID: Snowflake, userID: Snowflake) async throws {
        try await perform(.delete, "/channels/\(channelID)/thread-members/\(userID)")
    }

    /// Opens (or returns the existing) DM channel with a user, e.g. for modmail.
    public func openDM(recipientID: Snowflake) async throws -> Channel {
        try await call(.post, "/users/@me/channels", body: OpenDMBody(recipientID: recipientID))
    }

    /// Reads the bot's own user.
    public func getCurrentUser() async throws -> User {
        try await call(.get, "/users/@me")
    }

    /// Reads a user.
    public func getUser(userID: Snowflake) async throws -> User {
        try await call(.get, "/users/\(userID)")
    }
}
