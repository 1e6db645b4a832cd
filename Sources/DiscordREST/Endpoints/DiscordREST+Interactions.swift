import DiscordModels

/// Interaction replies: the fast path (no bot token, no global limit, own transport, never queued).
extension DiscordREST {
    /// Answers an interaction within its 3-second window.
    public func interactionCallback(id: Snowflake, token: String, response: InteractionResponse) async throws {
        try Validation.check(route: "POST /interactions/:interaction/:token/callback") {
            try MessageLimits.validate(response)
        }
        try await perform(.post, "/interactions/\(id)/\(PercentEncoding.encode(token))/callback", body: response)
    }

    /// Reads the original response (valid for 15 minutes).
    public func getOriginal(applicationID: Snowflake, token: String) async throws -> Message {
        try await call(.get, webhookPath(applicationID, token) + "/messages/@original")
    }

    /// Edits the original response, e.g. after a deferral.
    public func editOriginal(applicationID: Snowflake, token: String, _ edit: MessageEdit) async throws -> Message {
        try Validation.check(route: "PATCH /webhooks/:webhook/:token/messages/@original") {
            try MessageLimits.validate(edit)
        }
        return try await call(.patch, webhookPath(applicationID, token) + "/messages/@original", body: edit)
    }

    /// Deletes the original response.
    public func deleteOriginal(applicationID: Snowflake, token: String) async throws {
        try await perform(.delete, webhookPath(applicationID, token) + "/messages/@original")
    }

    /// Sends a follow-up message (ephemeral with `flags: .ephemeral`).
    public func createFollowup(applicationID: Snowflake, token: String, _ message: ExecuteWebhook) async throws -> Message {
        try Validation.check(route: "POST /webhooks/:webhook/:token") { try MessageLimits.validate(message) }
        return try await call(.post, webhookPath(applicationID, token), body: message)
    }

    /// Edits a follow-up message.
    public func editFollowup(applicationID: Snowflake, token: String, messageID: Snowflake,
                             _ edit: MessageEdit) async throws -> Message {
        try Validation.check(route: "PATCH /webhooks/:webhook/:token/messages/:id") { try MessageLimits.validate(edit) }
        return try await call(.patch, webhookPath(applicationID, token) + "/messages/\(messageID)", body: edit)
    }

    /// Deletes a follow-up message.
    public func deleteFollowup(applicationID: Snowflake, token: String, messageID: Snowflake) async throws {
        try await perform(.delete, webhookPath(applicationID, token) + "/messages/\(messageID)")
    }

    private func webhookPath(_ applicationID: Snowflake, _ token: String) -> String {
        "/webhooks/\(applicationID)/\(PercentEncoding.encode(token))"
    }
}
