import BotKit
import DiscordModels
import DiscordREST

/// The Discord boundary of the interaction router: records every answer in order; can refuse the
/// callback (as Discord does past its 3 s window).
public actor RecordingResponder: InteractionResponder {
    /// One answer the router sent.
    public enum Call: Equatable, Sendable {
        /// The acknowledgement (or modal, or immediate message).
        case callback(InteractionResponse)
        /// An edit of the original response.
        case editOriginal(MessageEdit)
        /// The original response deleted.
        case deleteOriginal
        /// A follow-up message.
        case followUp(ExecuteWebhook)
    }

    /// Every answer, in order.
    public private(set) var calls: [Call] = []
    private var failCallbacks = false

    /// A responder that records nothing yet.
    public init() {}

    /// Makes every callback fail from now on.
    public func failingCallbacks() -> Self {
        failCallbacks = true
        return self
    }

    /// Records the callback, or throws when refusing.
    public func interactionCallback(id: Snowflake, token: String, response: InteractionResponse) async throws {
        if failCallbacks { throw BotKitError(.timeout, detail: "test") }
        calls.append(.callback(response))
    }

    /// Records the edit.
    public func editOriginal(applicationID: Snowflake, token: String, _ edit: MessageEdit) async throws -> Message {
        calls.append(.editOriginal(edit))
        return Message(id: 900, channelID: 5, author: nil, content: edit.content ?? "")
    }

    /// Records the deletion.
    public func deleteOriginal(applicationID: Snowflake, token: String) async throws { calls.append(.deleteOriginal) }

    /// Records the follow-up.
    public func createFollowup(applicationID: Snowflake, token: String, _ message: ExecuteWebhook) async throws -> Message {
        calls.append(.followUp(message))
        return Message(id: 901, channelID: 5, author: nil, content: message.content ?? "")
    }

    /// The original response, once a callback was recorded; Discord's 404 before.
    public func getOriginal(applicationID: Snowflake, token: String) async throws -> Message {
        guard calls.contains(where: { if case .callback = $0 { true } else { false } }) else {
            throw RESTError(.http(status: 404, body: nil), route: "GET @original", detail: "Unknown Message")
        }
        return Message(id: 900, channelID: 5, author: nil, content: lastText ?? "")
    }

    /// The text the member ended up seeing last (edit, follow-up or immediate message).
    public var lastText: String? {
        for call in calls.reversed() {
            switch call {
            case .editOriginal(let edit): return edit.content
            case .followUp(let message): return message.content
            case .callback(let response):
                if case .message(let message)? = response.data { return message.content }
            case .deleteOriginal: continue
            }
        }
        return nil
    }

    /// The last edit of the original response.
    public var lastEdit: MessageEdit? {
        for case .editOriginal(let edit) in calls.reversed() { return edit }
        return nil
    }

    /// Every autocomplete choice list sent.
    public var autocompleteChoices: [[ApplicationCommandOptionChoice]] {
        calls.compactMap { call in
            guard case .callback(let response) = call, case .autocomplete(let choices)? = response.data else { return nil }
            return choices
        }
    }
}
