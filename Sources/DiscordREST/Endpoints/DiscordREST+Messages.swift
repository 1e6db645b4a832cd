import DiscordModels

/// Channel messages: the raid panels, headcounts and logs the bot posts.
extension DiscordREST {
    /// Posts a message (checked against Discord's limits first); with a `nonce` and `enforceNonce`
    /// Discord dedupes it, so a 5xx or dropped connection is retried like an idempotent request.
    public func createMessage(channelID: Snowflake, _ message: MessageCreate) async throws -> Message {
        try Validation.check(route: "POST /channels/:channel/messages") { try MessageLimits.validate(message) }
        let deduplicated = message.nonce != nil && message.enforceNonce == true
        return try await call(.post, "/channels/\(channelID)/messages", body: message, idempotent: deduplicated)
    }

    /// Edits one of the bot's messages (checked against Discord's limits first).
    public func editMessage(channelID: Snowflake, messageID: Snowflake, _ edit: MessageEdit) async throws -> Message {
        try Validation.check(route: "PATCH /channels/:channel/messages/:id") { try MessageLimits.validate(edit) }
        return try await call(.patch, "/channels/\(channelID)/messages/\(messageID)", body: edit)
    }

    /// Reads one message.
    public func getMessage(channelID: Snowflake, messageID: Snowflake) async throws -> Message {
        try await call(.get, "/channels/\(channelID)/messages/\(messageID)")
    }

    /// Reads up to `limit` (1–100) recent messages, optionally before or after a message.
    public func listMessages(channelID: Snowflake, limit: Int = 50, before: Snowflake? = nil,
                             after: Snowflake? = nil) async throws -> [Message] {
        var query = [QueryItem("limit", "\(min(max(limit, 1), 100))")]
        if let before { query.append(QueryItem("before", "\(before)")) }
        if let after { query.append(QueryItem("after", "\(after)")) }
        return try await call(.get, "/channels/\(channelID)/messages", query: query)
    }

    /// Deletes a message; `reason` goes to the audit log.
    public func deleteMessage(channelID: Snowflake, messageID: Snowflake, reason: String? = nil) async throws {
        try await perform(.delete, "/channels/\(channelID)/messages/\(messageID)", reason: reason)
    }

    /// Adds the bot's reaction `emoji` (a Unicode emoji such as "✅") to a message.
    public func addReaction(channelID: Snowflake, messageID: Snowflake, emoji: String) async throws {
        let hex = Array("0123456789ABCDEF")
        let encoded = emoji.utf8.map { "%" + String(hex[Int($0 >> 4)]) + String(hex[Int($0 & 15)]) }.joined()
        try await perform(.put, "/channels/\(channelID)/messages/\(messageID)/reactions/\(encoded)/@me")
    }

    /// Deletes 2–100 messages younger than 14 days in one call.
    public func bulkDeleteMessages(channelID: Snowflake, messageIDs: [Snowflake], reason: String? = nil) async throws {
        guard (2...100).contains(messageIDs.count) else {
            throw RESTError(.invalidRequest(limit: "bulk-delete.messages: \(messageIDs.count) not in 2...100"),
                            route: "POST /channels/:channel/messages/bulk-delete")
        }
        try await perform(.post, "/channels/\(channelID)/messages/bulk-delete",
                          body: BulkDeleteBody(messages: messageIDs), reason: reason)
    }
}
