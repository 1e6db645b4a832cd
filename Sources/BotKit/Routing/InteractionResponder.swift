import DiscordModels
import DiscordREST

/// The Discord calls an interaction needs (all on DiscordREST's fast path). A protocol so the router
/// stays testable against any Discord stand-in.
public protocol InteractionResponder: Sendable {
    /// Sends the interaction callback (the acknowledgement).
    func interactionCallback(id: Snowflake, token: String, response: InteractionResponse) async throws
    /// Edits the original response (after a deferred reply: the reply; after a deferred update: the clicked message).
    func editOriginal(applicationID: Snowflake, token: String, _ edit: MessageEdit) async throws -> Message
    /// Deletes the original response.
    func deleteOriginal(applicationID: Snowflake, token: String) async throws
    /// Sends a follow-up message.
    func createFollowup(applicationID: Snowflake, token: String, _ message: ExecuteWebhook) async throws -> Message
    /// Reads the original response (it exists only once the interaction was acknowledged).
    func getOriginal(applicationID: Snowflake, token: String) async throws -> Message
}

extension DiscordREST: InteractionResponder {}
