import DiscordModels

/// Members, their roles and nicknames, kicks and bans: what raid moderation changes.
extension DiscordREST {
    /// Reads one member.
    public func getMember(guildID: Snowflake, userID: Snowflake) async throws -> Member {
        try await call(.get, "/guilds/\(guildID)/members/\(userID)")
    }

    /// Reads one member; nil when they are not in the guild (Discord's 404 Unknown Member), which
    /// every caller answers in words rather than as a failure.
    public func findMember(guildID: Snowflake, userID: Snowflake) async throws -> Member? {
        do {
            return try await getMember(guildID: guildID, userID: userID)
        } catch let error as RESTError where error.status == 404 {
            return nil
        }
    }

    /// Lists up to `limit` (1–1000) members after `after`.
    public func listMembers(guildID: Snowflake, limit: Int = 1000, after: Snowflake? = nil) async throws -> [Member] {
        var query = [QueryItem("limit", "\(min(max(limit, 1), 1000))")]
        if let after { query.append(QueryItem("after", "\(after)")) }
        return try await call(.get, "/guilds/\(guildID)/members", query: query)
    }

    /// Members whose username or nickname starts with `query` (Discord's own member search; the
    /// bot needs no member cache to find someone by name).
    public func searchMembers(guildID: Snowflake, query: String, limit: Int = 10) async throws -> [Member] {
        try await call(.get, "/guilds/\(guildID)/members/search",
                       query: [QueryItem("query", query), QueryItem("limit", "\(min(max(limit, 1), 1000))")])
    }

    /// Changes a member's nickname, roles or timeout.
    public func modifyMember(guildID: Snowflake, userID: Snowflake, _ modification: MemberModification,
                             reason: String? = nil) async throws -> Member {
        try await call(.patch, "/guilds/\(guildID)/members/\(userID)", body: modification, reason: reason)
    }

    /// Sets (or with nil resets) the bot's own nickname.
    public func modifyOwnNick(guildID: Snowflake, nick: String?, reason: String? = nil) async throws -> Member {
        try await call(.patch, "/guilds/\(guildID)/members/@me", body: NickBody(nick: nick), reason: reason)
    }

    /// Grants a role (it must sit below the bot's highest role).
    public func addMemberRole(guildID: Snowflake, userID: Snowflake, roleID: Snowflake, reason: String? = nil) async throws {
        try await perform(.put, "/guilds/\(guildID)/members/\(userID)/roles/\(roleID)", reason: reason)
    }

    /// Removes a role.
    public func removeMemberRole(guildID: Snowflake, userID: Snowflake, roleID: Snowflake,
                                 reason: String? = nil) async throws {
        try await perform(.delete, "/guilds/\(guildID)/members/\(userID)/roles/\(roleID)", reason: reason)
    }

    /// Kicks a member.
    public func kickMember(guildID: Snowflake, userID: Snowflake, reason: String? = nil) async throws {
        try await perform(.delete, "/guilds/\(guildID)/members/\(userID)", reason: reason)
    }

    /// Bans a user, deleting up to 7 days (604800 s) of their messages.
    public func banMember(guildID: Snowflake, userID: Snowflake, deleteMessageSeconds: Int = 0,
                          reason: String? = nil) async throws {
        let body = BanBody(deleteMessageSeconds: min(max(deleteMessageSeconds, 0), 604_800))
        try await perform(.put, "/guilds/\(guildID)/bans/\(userID)", body: body, reason: reason)
    }

    /// Lifts a ban.
    public func unbanMember(guildID: Snowflake, userID: Snowflake, reason: String? = nil) async throws {
        try await perform(.delete, "/guilds/\(guildID)/bans/\(userID)", reason: reason)
    }

    /// Reads one ban (404 / 10026 if the user is not banned).
    public func getBan(guildID: Snowflake, userID: Snowflake) async throws -> Ban {
        try await call(.get, "/guilds/\(guildID)/bans/\(userID)")
    }

    /// Lists up to `limit` (1–1000) bans.
    public func listBans(guildID: Snowflake, limit: Int = 1000, after: Snowflake? = nil) async throws -> [Ban] {
        var query = [QueryItem("limit", "\(min(max(limit, 1), 1000))")]
        if let after { query.append(QueryItem("after", "\(after)")) }
        return try await call(.get, "/guilds/\(guildID)/bans", query: query)
    }

    /// Bans up to 200 users at once.
    public func bulkBan(guildID: Snowflake, userIDs: [Snowflake], deleteMessageSeconds: Int = 0,
                        reason: String? = nil) async throws -> BulkBanResult {
        guard (1...200).contains(userIDs.count) else {
            throw RESTError(.invalidRequest(limit: "bulk-ban.user_ids: \(userIDs.count) not in 1...200"),
                            route: "POST /guilds/:guild/bulk-ban")
        }
        let body = BulkBanBody(userIDs: userIDs, deleteMessageSeconds: min(max(deleteMessageSeconds, 0), 604_800))
        return try await call(.post, "/guilds/\(guildID)/bulk-ban", body: body, reason: reason)
    }
}
